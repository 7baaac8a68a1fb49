"""The Chinese fonts a PDF is set in, found on this machine (``reports.pdf`` embeds a subset of
each, so the phone that opens the PDF needs none of them).

A PDF must name glyphs from a font file: unlike a .docx, which names 仿宋_GB2312 and lets Word
fall back, it cannot leave the choice to the reader. The analysts' machines are Windows (仿宋,
宋体, 黑体 in ``C:\\Windows\\Fonts``) or 统信UOS / 麒麟 (the CESI 国标 fonts, Noto/思源, 文泉驿),
and many have no 仿宋_GB2312. So each role takes the first file found of a list, in this order
(file names compared without case, in the folders of ``FOLDERS``):

- the text (``BODY``): 仿宋_GB2312, 仿宋 (simfang.ttf), CESI仿宋, 宋体 (simsun.ttc), CESI宋体,
  Noto Serif CJK / 思源宋体, Noto Sans CJK / 思源黑体, 文泉驿, AR PL UMing, Droid Sans Fallback;
- the headings (``HEADING``, and all the text of the page's PDF, as the page is set in a sans
  font): 黑体 (simhei.ttf), CESI黑体, Noto Sans CJK / 思源黑体, 微软雅黑, 文泉驿; none found: the
  text's font.

``PLAN415X_PDF_FONT`` (a .ttf, .otf or .ttc file) overrides both: every text is set in it. In a
collection (.ttc) the face whose family name ends in ``SC`` (简体) is taken, else the first.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from plan415x.i18n import say
from plan415x.problems import Said, said

FONT_ENV = "PLAN415X_PDF_FONT"

BODY: tuple[tuple[str, str], ...] = (
    ("仿宋_GB2312.ttf", "仿宋_GB2312"),
    ("simfang.ttf", "仿宋"),
    ("CESI_FS_GB2312.TTF", "CESI仿宋-GB2312"),
    ("CESI_FS_GB18030.TTF", "CESI仿宋-GB18030"),
    ("simsun.ttc", "宋体"),
    ("CESI_SS_GB2312.TTF", "CESI宋体-GB2312"),
    ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK"),
    ("NotoSerifCJKsc-Regular.otf", "Noto Serif CJK SC"),
    ("SourceHanSerifSC-Regular.otf", "思源宋体"),
    ("NotoSansCJK-Regular.ttc", "Noto Sans CJK"),
    ("NotoSansCJKsc-Regular.otf", "Noto Sans CJK SC"),
    ("SourceHanSansSC-Regular.otf", "思源黑体"),
    ("wqy-microhei.ttc", "文泉驿微米黑"),
    ("wqy-zenhei.ttc", "文泉驿正黑"),
    ("uming.ttc", "AR PL UMing"),
    ("DroidSansFallbackFull.ttf", "Droid Sans Fallback"),
)
"""The text's font: the 公文's 仿宋 first, then serif (宋), then any CJK font."""

HEADING: tuple[tuple[str, str], ...] = (
    ("simhei.ttf", "黑体"),
    ("CESI_HT_GB2312.TTF", "CESI黑体-GB2312"),
    ("CESI_HT_GB18030.TTF", "CESI黑体-GB18030"),
    ("NotoSansCJK-Regular.ttc", "Noto Sans CJK"),
    ("NotoSansCJKsc-Regular.otf", "Noto Sans CJK SC"),
    ("SourceHanSansSC-Regular.otf", "思源黑体"),
    ("msyh.ttc", "微软雅黑"),
    ("wqy-microhei.ttc", "文泉驿微米黑"),
    ("wqy-zenhei.ttc", "文泉驿正黑"),
)
"""The headings' font (黑体, GB/T 9704's first-level headings) and the page's sans text."""

MAX_FILES = 50_000
"""Files looked at per folder at most: a font folder holds hundreds; a folder tree far larger
than any font folder (a link to / under ~/.fonts) is not walked to its end."""


@dataclass(frozen=True)
class Face:
    path: Path
    name: str
    """What the font is (仿宋, Noto Serif CJK…): said in the PDF's run line and the docs."""


@dataclass(frozen=True)
class Fonts:
    body: Face
    heading: Face


class FontError(Exception):
    """No CJK font could be found or the one named cannot be used: ``said`` says what was
    searched, in each language (str() in English)."""

    def __init__(self, what: Said) -> None:
        super().__init__(say(what))
        self.said = what


class NoFontError(FontError):
    """No CJK font on this machine in the folders and names searched."""


def folders() -> list[Path]:
    """Where fonts are installed: Windows's folders (the system's and the user's), then the
    Linux ones (the user's first, as fontconfig reads them)."""
    found: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        found.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        found.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    home = Path.home()
    found += [
        home / ".local" / "share" / "fonts",
        home / ".fonts",
        Path("/usr/local/share/fonts"),
        Path("/usr/share/fonts"),
    ]
    return found


def _files(roots: list[Path]) -> dict[str, Path]:
    """Every file under ``roots`` by its lower-cased name, the first found kept."""
    found: dict[str, Path] = {}
    for root in roots:
        seen = 0
        for folder, _, names in os.walk(root):
            for name in names:
                found.setdefault(name.lower(), Path(folder) / name)
            seen += len(names)
            if seen > MAX_FILES:
                break
    return found


def _first(files: dict[str, Path], wanted: tuple[tuple[str, str], ...]) -> Face | None:
    for file_name, what in wanted:
        path = files.get(file_name.lower())
        if path is not None and _is_font(path):
            return Face(path, what)
    return None


FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"ttcf", b"true")
"""The first four bytes of a TrueType, an OpenType (CFF), a collection and an old Mac TrueType."""


def _is_font(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(4) in FONT_MAGIC
    except OSError:
        return False


def find_fonts(roots: list[Path] | None = None) -> Fonts:
    """The fonts of a PDF: ``PLAN415X_PDF_FONT`` when set, else the first of each list found in
    ``roots`` (default: ``folders()``). Raises FontError (the variable's file is missing or is no
    font) or NoFontError (nothing found), each saying what was looked for and where."""
    named = os.environ.get(FONT_ENV, "").strip()
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise FontError(said("pdf-font-no-file", env=FONT_ENV, named=named))
        if not _is_font(path):
            raise FontError(said("pdf-font-not-a-font", env=FONT_ENV, named=named))
        if not _has_chinese(path):
            raise FontError(said("pdf-font-no-chinese", env=FONT_ENV, named=named))
        face = Face(path, path.name)
        return Fonts(face, face)
    roots = folders() if roots is None else roots
    files = _files([r for r in roots if r.is_dir()])
    body = _first(files, BODY)
    if body is None:
        names = ", ".join(dict.fromkeys(name for name, _ in (*BODY, *HEADING)))
        where = ", ".join(str(r) for r in roots)
        raise NoFontError(said("pdf-font-none-found", names=names, folders=where, env=FONT_ENV))
    return Fonts(body, _first(files, HEADING) or body)


def _has_chinese(path: Path) -> bool:
    """Whether the face ``face_index`` takes maps 中 (the fonts of the search lists are Chinese
    by name; a font named by hand is looked into, as a Latin one would set every line blank)."""
    from fontTools.ttLib import TTFont  # comes with fpdf2; only the cmap table is read

    try:
        with TTFont(str(path), fontNumber=face_index(path), lazy=True) as font:
            return ord("中") in (font.getBestCmap() or {})
    except Exception:  # not a font fontTools can read: fpdf2 could not either
        return False


def face_index(path: Path) -> int:
    """The face of a collection (.ttc) to use: the first whose family name ends in SC (简体
    Chinese: Noto CJK's collections hold JP, KR, SC, TC and HK), else the first."""
    if path.suffix.lower() != ".ttc":
        return 0
    from fontTools.ttLib import TTCollection  # comes with fpdf2; only the name tables are read

    try:
        collection = TTCollection(str(path), lazy=True)
        for i, font in enumerate(collection.fonts):
            family = font["name"].getDebugName(1) or ""
            if family.endswith(" SC"):
                return i
    except Exception:  # a damaged collection: fpdf2 says so when it reads the face
        return 0
    return 0
