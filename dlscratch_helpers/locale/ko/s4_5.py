"""Korean strings: s4_5."""

MESSAGES: dict[str, str] = {}
