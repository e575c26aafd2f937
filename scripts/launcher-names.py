#!/usr/bin/env python3
"""The disguise's home-screen names and calculator key names in every language, from the
core's Fluent messages.

The launcher name is the first thing anyone sees of the app; an English "Calculator" on a
phone set to Arabic gives the disguise away, and a screen reader saying the calculator's keys
in English does too (and does not help the person who needs it). The names live where
translators already work (`disguise-launcher-name`, `disguise-converter-name` and
`disguise-key-*` in i18n/locales/<lang>/setup.ftl); this writes them where each platform reads
them before the app is unlocked:

- Android: app/src/main/res/values[-<lang>]/launcher_names.xml (the aliases' labels) and
  calculator_keys.xml (what TalkBack says for the keys);
- iOS: HarbourShell/InfoPlist.xcstrings (CFBundleDisplayName and CFBundleName); the iOS
  calculator's keys are SF Symbols, which VoiceOver names in the phone's language, and C/AC
  reads its name from the core at run time.

    scripts/launcher-names.py          # write them
    scripts/launcher-names.py --check  # fail if what is committed differs (make test runs it)
"""

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "i18n" / "locales"
ANDROID_RES = ROOT / "examples" / "android" / "app" / "src" / "main" / "res"
IOS_STRINGS = ROOT / "examples" / "ios" / "HarbourShell" / "InfoPlist.xcstrings"
MESSAGES = {"disguise-launcher-name": "disguise_calculator", "disguise-converter-name": "disguise_converter"}
KEYS = {
    f"disguise-key-{key}": f"key_{key.replace('-', '_')}"
    for key in (
        "all-clear", "clear", "sign", "percent", "divide", "multiply", "minus", "plus", "delete", "point", "equals"
    )
}
# Android's resource qualifiers where they differ from the locale's code (Filipino is `fil`
# on Android 7+, `tl` before; both are written).
ANDROID_EXTRA = {"tl": ["fil"]}


def names(locale_dir: Path) -> dict:
    found = {}
    text = (locale_dir / "setup.ftl").read_text(encoding="utf-8-sig")
    for message in [*MESSAGES, *KEYS]:
        m = re.search(rf"^{re.escape(message)} = (.+)$", text, re.MULTILINE)
        if m:
            found[message] = m.group(1).strip()
    return found


def android_xml(found: dict, messages: dict) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!-- Written by scripts/launcher-names.py from i18n/locales/*/setup.ftl: edit those. -->",
        "<resources>",
    ]
    for message, resource in messages.items():
        if message in found:
            # Android string resources also treat ' and " specially, and @ or ? at the start.
            value = escape(found[message]).replace("'", "\\'").replace('"', '\\"')
            if value[:1] in ("@", "?"):
                value = "\\" + value
            lines.append(f'    <string name="{resource}">{value}</string>')
    lines.append("</resources>")
    return "\n".join(lines) + "\n"


def expected() -> dict:
    """Every file this writes, path → content."""
    out = {}
    catalogue = {}
    locales = sorted(p for p in LOCALES.iterdir() if (p / "setup.ftl").exists())
    for locale_dir in locales:
        lang = locale_dir.name
        found = names(locale_dir)
        if lang == "en":
            missing = [m for m in [*MESSAGES, *KEYS] if m not in found]
            if missing:
                sys.exit(f"English lacks {', '.join(missing)}")
        for qualifier in ([""] if lang == "en" else [f"-{lang}"] + [f"-{q}" for q in ANDROID_EXTRA.get(lang, [])]):
            out[ANDROID_RES / f"values{qualifier}" / "launcher_names.xml"] = android_xml(found, MESSAGES)
            out[ANDROID_RES / f"values{qualifier}" / "calculator_keys.xml"] = android_xml(found, KEYS)
        if "disguise-launcher-name" in found:
            catalogue[lang] = found["disguise-launcher-name"]
    strings = {}
    for key in ("CFBundleDisplayName", "CFBundleName"):
        strings[key] = {
            "extractionState": "manual",
            "localizations": {
                lang: {"stringUnit": {"state": "translated", "value": value}} for lang, value in catalogue.items()
            },
        }
    doc = {"sourceLanguage": "en", "strings": strings, "version": "1.0"}
    out[IOS_STRINGS] = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out


def main() -> int:
    files = expected()
    if "--check" in sys.argv[1:]:
        stale = [p for p, c in files.items() if not p.exists() or p.read_text(encoding="utf-8") != c]
        if stale:
            for p in stale:
                print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
            print("run scripts/launcher-names.py", file=sys.stderr)
            return 1
        print(f"launcher and key names: {len(files)} files up to date")
        return 0
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    print(f"launcher and key names: wrote {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
