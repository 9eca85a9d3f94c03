"""Korean strings: s4_1."""

MESSAGES: dict[str, str] = {}
