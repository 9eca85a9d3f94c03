"""Korean strings: s4_2."""

MESSAGES: dict[str, str] = {}
