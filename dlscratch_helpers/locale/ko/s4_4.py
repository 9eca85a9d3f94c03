"""Korean strings: s4_4."""

MESSAGES: dict[str, str] = {}
