"""Korean strings: common."""

MESSAGES: dict[str, str] = {}
