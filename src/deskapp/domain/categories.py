"""The category tree tickets are filed under: a category and an optional subcategory."""

from deskapp.domain.errors import ValidationError

DEFAULT_TREE: dict[str, list[str]] = {
    "Hardware": ["Desktop", "Laptop", "Monitor", "Printer", "Peripherals", "Server"],
    "Software": ["Installation", "Office apps", "Business apps", "Operating system", "Licensing", "Updates"],
    "Network": ["Internet", "Wi-Fi", "VPN", "Network drive", "Firewall"],
    "Accounts & access": ["Password reset", "New account", "Permissions", "Leaver", "MFA"],
    "Email": ["Mailbox", "Spam & phishing", "Distribution lists", "Calendar"],
    "Printing": ["Print queue", "Scanner", "Toner & paper"],
    "Phones": ["Desk phone", "Mobile", "Voicemail"],
    "Other": [],
}


def split_path(path: str) -> tuple[str, str | None]:
    """'Hardware/Printer' -> ('Hardware', 'Printer'); 'Network' -> ('Network', None)."""
    parts = [p.strip() for p in path.split("/")]
    if not parts[0] or len(parts) > 2 or (len(parts) == 2 and not parts[1]):
        raise ValidationError(
            f"category: '{path}' is not a category like 'Hardware' or 'Hardware/Printer'", field="category"
        )
    return parts[0], parts[1] if len(parts) == 2 else None


def join_path(category: str | None, subcategory: str | None) -> str:
    if not category:
        return ""
    return f"{category}/{subcategory}" if subcategory else category
