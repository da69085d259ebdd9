"""Icons in place of labels: CV builders (Canva, CVDesignR, Word and Docs templates) put an icon before each personal
value, and a PDF extractor gives it back as a Private Use Area character (Font Awesome's U+F1FD birthday cake, Material's
U+E7E9), as '(cid:16)', as an emoji, or as the word a Material icon font draws ('cake', 'flag', 'location_on'). The icon
says what the value is, as a label would; an icon whose meaning is unknown ('(cid:16)', a glyph of another font) leaves
the value to say it (a date is a birth date, a demonym a nationality). Read per line and per column (3+ spaces or a tab
apart): an icon's value ends at the next column."""
from __future__ import annotations

from matchlens.preprocess.blind.regexcode import compile as rx

PUA = "\ue000-\uf8ff"
# Material icon ligatures (the words the font draws as icons), Font Awesome 5-6 and Material code points, emoji
LIGATURES = {
    "cake": "birth", "flag": "nationality", "outlined_flag": "nationality", "person": "person", "person_outline": "person",
    "account_circle": "person", "location_on": "address", "place": "address", "home": "address", "house": "address",
    "church": "religion", "mosque": "religion", "synagogue": "religion", "temple_buddhist": "religion",
    "temple_hindu": "religion", "accessible": "health", "accessible_forward": "health", "family_restroom": "family",
    "male": "sex", "female": "sex", "transgender": "sex", "wc": "sex", "language": "web", "public": "web", "link": "web",
    "translate": "spoken",
}
GLYPHS = {
    "\uf1fd": "birth", "\ue7e9": "birth", "🎂": "birth",
    "\uf024": "nationality", "\uf11e": "nationality", "\ue153": "nationality", "🏳": "nationality", "🚩": "nationality",
    "\uf007": "person", "\uf2bd": "person", "\uf406": "person", "\ue7fd": "person", "👤": "person",
    "\uf3c5": "address", "\uf041": "address", "\uf015": "address", "\ue0c8": "address", "\ue55f": "address",
    "\ue88a": "address", "🏠": "address", "🏡": "address", "📍": "address",
    "\uf51d": "religion", "\uf678": "religion", "\uf684": "religion", "🛐": "religion", "⛪": "religion", "🕌": "religion",
    "\uf193": "health", "\uf368": "health", "\ue914": "health", "♿": "health",
    "\uf221": "sex", "\uf222": "sex", "\uf228": "sex", "\ue58e": "sex", "\ue590": "sex",
    "\uf0ac": "web", "\uf0c1": "web", "\ue894": "web", "\ue80b": "web", "🌐": "web", "🔗": "web",
    "\uf1ab": "spoken", "\ue8e2": "spoken",  # a language spoken: a job fact ('Allemand (B1)'), not a nationality
}
_EMOJI = "".join(sorted(c for c in GLYPHS if not "\ue000" <= c <= "\uf8ff"))
# the bullets Word's Symbol and Wingdings fonts leave in extracted text ('\uf0b7 Français' in a list of languages): no icon
BULLETS = "\uf06c\uf06e\uf071\uf075\uf076\uf077\uf0a7\uf0a8\uf0ae\uf0b7\uf0d8\uf0e8\uf0f0\uf0fc\uf0fe"
ICON = rx(
    rf"(?m)(?:^|(?<=[ \t]{{3}})|(?<=\t))[ \t]*(?P<icon>\(cid:\d+\)|(?![{BULLETS}])[{PUA}]|[{_EMOJI}]\ufe0f?"
    rf"|\b(?:{'|'.join(sorted(LIGATURES, key=len, reverse=True))})\b(?=[ \t]))"
    r"[ \t]*(?P<value>[^\s](?:[^\t\n]*?[^\s])?)(?=\t|[ \t]{3}|[ \t]*$)")


def kind_of(icon: str) -> str | None:
    """The family an icon stands for; None when the icon is not known (its value must say what it is)."""
    return LIGATURES.get(icon) or GLYPHS.get(icon.rstrip("\ufe0f"))
