"""Korean strings: s4_3."""

MESSAGES: dict[str, str] = {}
