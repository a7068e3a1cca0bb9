"""Build SSC Desktop's installer for the platform this runs on.

    python build_installer.py              # build, package, smoke-test the bundle
    python build_installer.py --skip-smoke # build and package only

Steps: (1) check that the compiled Qt forms and translations are current; (2) PyInstaller, one-
folder mode: Python, Qt, fonts, forms, translations, vocabularies and the seed catalogue, with two
programs sharing one folder: ``ssc-desktop`` (console: the command line) and ``SSC Desktop``
(windowed: the desktop app); (3) wrap it for the platform: a .tar.gz (and an AppImage when
``appimagetool`` is on PATH) on Linux, an installer .exe through Inno Setup (``iscc``) on Windows,
an .app in a .dmg (``hdiutil``) on macOS; (4) run the bundle's ``--self-test`` offscreen.
Only the Linux path can run on our CI; the others are written the same way and documented in the
README. Needs the ``build`` extra: ``pip install -e ".[build]"``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import textwrap
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
APP_NAME = "SSC Desktop"
CLI_NAME = "ssc-desktop"
BUNDLE_DIR_NAME = "ssc-desktop"
MAX_BUNDLE_MB = 200
# Qt modules the app never uses: left out to keep the bundle small.
EXCLUDED_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtSvgWidgets",
    "tkinter",
    "IPython",
    "matplotlib",
    "numpy",
    "pandas",
    "scipy",
    "pytest",
    "hypothesis",
    # Development tools some hooks pull in (pydantic's mypy plugin brings mypy and its parser;
    # fontTools only subsets the CJK font at build time): 4.7 MB the program never imports.
    "mypy",
    "pydantic.mypy",
    "ast_serialize",
    "fontTools",
    "playwright",
    # The hub's PostgreSQL driver: a hub is installed with pip on a server, not from the
    # desktop bundle.
    "psycopg",
    "psycopg_binary",
    "psycopg2",
    # zstandard ships two backends; the C one is used.
    "zstandard._cffi",
)
# Files left out of the bundle by name: Qt's translations but ours (en, fr, es), and the GTK
# platform theme with the GTK stack it drags in (Qt draws its own widgets).
DROPPED_FILES = (
    r"PySide6/Qt/translations/(?!qtbase_(en|fr|es)\.qm)",
    r"platformthemes/libqgtk3",
    r"(^|/)lib(gtk-3|gdk-3|atk-|atk-bridge|pango|cairo|gdk_pixbuf|epoxy)",
)
# Modules imported by name at run time, which PyInstaller's analysis cannot see.
HIDDEN_IMPORTS = ("sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql")
COLLECT_SUBMODULES = ("alembic", "uvicorn", "whoosh", "ssc_desktop")
COLLECT_DATA = ("reportlab",)


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "ssc_desktop" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def check_generated_files() -> list[str]:
    """What is out of date among the generated files (compiled forms, translations)."""
    problems: list[str] = []
    try:
        build_forms = importlib.import_module("ssc_desktop.gui.build_forms")
    except ModuleNotFoundError:
        return problems
    stale = getattr(build_forms, "stale_outputs", None)
    if stale is not None:
        problems.extend(
            f"out of date: {path} (run python -m ssc_desktop.gui.build_forms)" for path in stale()
        )
    return problems


def entry_script(build_dir: Path) -> Path:
    script = build_dir / "ssc_desktop_entry.py"
    script.write_text(
        "import multiprocessing\n"
        "from ssc_desktop.cli import main\n"
        "multiprocessing.freeze_support()\n"
        "raise SystemExit(main())\n",
        encoding="utf-8",
    )
    return script


def spec_text(script: Path, dist_name: str, *, windowed: bool | None = None) -> str:
    """A PyInstaller spec: one analysis, one folder; the console program ``ssc-desktop`` and,
    where the OS tells console and windowed programs apart (Windows, macOS), a windowed
    ``SSC Desktop`` too. On Linux one program serves both (each embeds the whole archive)."""
    if windowed is None:
        windowed = platform.system() in ("Windows", "Darwin")
    # Debug symbols are most of libpython's size; strip them where the tool exists (not Windows).
    strip = platform.system() != "Windows" and shutil.which("strip") is not None
    datas = [(str(ROOT / name), name) for name in ("resources", "db", "ui")]
    icon = ROOT / "resources" / "icons" / ("app.ico" if os.name == "nt" else "app.png")
    icon_arg = f"icon={str(icon)!r}," if icon.exists() and os.name == "nt" else ""
    return textwrap.dedent(f"""\
        # Generated by build_installer.py; do not edit.
        import re
        from PyInstaller.utils.hooks import collect_submodules, collect_data_files
        hidden = {list(HIDDEN_IMPORTS)!r}
        for name in {list(COLLECT_SUBMODULES)!r}:
            hidden += collect_submodules(name)
        datas = {datas!r}
        for name in {list(COLLECT_DATA)!r}:
            datas += collect_data_files(name)
        a = Analysis([{str(script)!r}], pathex=[{str(ROOT)!r}], hiddenimports=hidden,
                     datas=datas, excludes={list(EXCLUDED_MODULES)!r}, noarchive=False)
        dropped = [re.compile(p) for p in {list(DROPPED_FILES)!r}]
        def keep(entry):
            name = entry[0].replace(chr(92), "/")
            return not any(p.search(name) for p in dropped)
        a.binaries = [e for e in a.binaries if keep(e)]
        a.datas = [e for e in a.datas if keep(e)]
        pyz = PYZ(a.pure)
        programs = [EXE(pyz, a.scripts, [], exclude_binaries=True, name={CLI_NAME!r},
                        console=True, {icon_arg} upx=False, strip={strip!r})]
        if {windowed!r}:
            programs.append(EXE(pyz, a.scripts, [], exclude_binaries=True, name={APP_NAME!r},
                                console=False, {icon_arg} upx=False, strip={strip!r}))
        coll = COLLECT(*programs, a.binaries, a.datas, name={dist_name!r}, upx=False,
                       strip={strip!r})
        """)


def run_pyinstaller(build_dir: Path, dist_dir: Path) -> Path:
    import PyInstaller.__main__

    spec = build_dir / "ssc-desktop.spec"
    spec.write_text(spec_text(entry_script(build_dir), BUNDLE_DIR_NAME), encoding="utf-8")
    PyInstaller.__main__.run(
        [
            str(spec),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist_dir),
            "--workpath",
            str(build_dir / "work"),
        ]
    )
    bundle = dist_dir / BUNDLE_DIR_NAME
    if not bundle.is_dir():
        raise SystemExit(f"PyInstaller produced no {bundle}")
    return bundle


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(bundle: Path, count: int = 8) -> list[tuple[str, int]]:
    """The heaviest entries of the bundle's library folder, for the build log."""
    internal = bundle / "_internal"
    root = internal if internal.is_dir() else bundle
    sizes = [
        (p.name, folder_size(p) if p.is_dir() else p.stat().st_size)
        for p in root.iterdir()
        if not p.is_symlink()
    ]
    return sorted(sizes, key=lambda item: -item[1])[:count]


def package_linux(bundle: Path, dist_dir: Path, ver: str) -> list[Path]:
    machine = platform.machine() or "x86_64"
    archive = dist_dir / f"ssc-desktop-{ver}-linux-{machine}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"ssc-desktop-{ver}")
    made = [archive]
    tool = shutil.which("appimagetool")
    if tool:
        appdir = dist_dir / "SSC_Desktop.AppDir"
        shutil.rmtree(appdir, ignore_errors=True)
        shutil.copytree(bundle, appdir / "usr" / "lib" / "ssc-desktop")
        (appdir / "AppRun").write_text(
            '#!/bin/sh\nHERE="$(dirname "$(readlink -f "$0")")"\n'
            'exec "$HERE/usr/lib/ssc-desktop/ssc-desktop" "$@"\n',
            encoding="utf-8",
        )
        (appdir / "AppRun").chmod(0o755)
        (appdir / "ssc-desktop.desktop").write_text(
            "[Desktop Entry]\nType=Application\nName=SSC Desktop\nExec=AppRun\n"
            "Icon=ssc-desktop\nCategories=Office;\n",
            encoding="utf-8",
        )
        icon = ROOT / "resources" / "icons" / "app.png"
        if icon.exists():
            shutil.copy(icon, appdir / "ssc-desktop.png")
        image = dist_dir / f"SSC_Desktop-{ver}-{machine}.AppImage"
        subprocess.run([tool, str(appdir), str(image)], check=True)
        made.append(image)
    return made


INNO_TEMPLATE = """\
; Generated by build_installer.py
[Setup]
AppName=SSC Desktop
AppVersion={version}
AppPublisher=UNOSSC
DefaultDirName={{autopf}}\\SSC Desktop
DefaultGroupName=SSC Desktop
OutputDir={output}
OutputBaseFilename=ssc-desktop-{version}-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
; The user's catalogue lives in %LOCALAPPDATA%\\UNOSSC\\SSC Desktop and is never removed by
; uninstalling; installing a newer version over an older one keeps it too.
[Files]
Source: "{bundle}\\*"; DestDir: "{{app}}"; Flags: ignoreversion recursesubdirs
[Icons]
Name: "{{group}}\\SSC Desktop"; Filename: "{{app}}\\SSC Desktop.exe"
Name: "{{autodesktop}}\\SSC Desktop"; Filename: "{{app}}\\SSC Desktop.exe"; Tasks: desktopicon
[Tasks]
Name: desktopicon; Description: "Create a desktop icon"
[Run]
Filename: "{{app}}\\SSC Desktop.exe"; Description: "Start SSC Desktop"; \
Flags: nowait postinstall skipifsilent
"""


def package_windows(bundle: Path, dist_dir: Path, ver: str) -> list[Path]:
    iss = dist_dir / "ssc-desktop.iss"
    iss.write_text(
        INNO_TEMPLATE.format(version=ver, output=dist_dir, bundle=bundle), encoding="utf-8"
    )
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        raise SystemExit(f"Inno Setup's iscc is not on PATH; the script is ready at {iss}")
    subprocess.run([iscc, str(iss)], check=True)
    return [dist_dir / f"ssc-desktop-{ver}-setup.exe"]


def package_macos(bundle: Path, dist_dir: Path, ver: str) -> list[Path]:
    app = dist_dir / f"{APP_NAME}.app"
    contents = app / "Contents"
    shutil.rmtree(app, ignore_errors=True)
    (contents / "MacOS").mkdir(parents=True)
    shutil.copytree(bundle, contents / "MacOS", dirs_exist_ok=True)
    (contents / "Info.plist").write_text(
        textwrap.dedent(f"""\
        <?xml version="1.0" encoding="UTF-8"?>
        <plist version="1.0"><dict>
          <key>CFBundleName</key><string>{APP_NAME}</string>
          <key>CFBundleExecutable</key><string>{APP_NAME}</string>
          <key>CFBundleIdentifier</key><string>org.unossc.ssc-desktop</string>
          <key>CFBundleShortVersionString</key><string>{ver}</string>
          <key>NSHighResolutionCapable</key><true/>
        </dict></plist>
        """),
        encoding="utf-8",
    )
    image = dist_dir / f"ssc-desktop-{ver}.dmg"
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            APP_NAME,
            "-srcfolder",
            str(app),
            "-ov",
            "-format",
            "UDZO",
            str(image),
        ],
        check=True,
    )
    return [image]


def smoke_test(bundle: Path) -> None:
    exe = bundle / (CLI_NAME + (".exe" if os.name == "nt" else ""))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SSC_DATA_DIR", None)
    result = subprocess.run(
        [str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=600
    )
    sys.stdout.write(result.stdout)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit(f"the bundle's self-test failed (exit {result.returncode})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build")
    parser.add_argument("--skip-smoke", action="store_true", help="don't run the self-test")
    args = parser.parse_args(argv)

    problems = check_generated_files()
    if problems:
        for problem in problems:
            print(f"build_installer: {problem}", file=sys.stderr)
        return 1
    ver = version()
    args.build_dir.mkdir(parents=True, exist_ok=True)
    args.dist_dir.mkdir(parents=True, exist_ok=True)
    bundle = run_pyinstaller(args.build_dir, args.dist_dir)
    size_mb = folder_size(bundle) / 1e6
    print(f"bundle: {bundle} ({size_mb:.0f} MB unpacked; budget {MAX_BUNDLE_MB} MB)")
    for name, size in largest_parts(bundle):
        print(f"    {size / 1e6:6.1f} MB  {name}")
    if not args.skip_smoke:
        smoke_test(bundle)
    system = platform.system()
    if system == "Windows":
        made = package_windows(bundle, args.dist_dir, ver)
    elif system == "Darwin":
        made = package_macos(bundle, args.dist_dir, ver)
    else:
        made = package_linux(bundle, args.dist_dir, ver)
    for path in made:
        print(f"installer: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    if size_mb > MAX_BUNDLE_MB:
        print(
            f"build_installer: the bundle is {size_mb:.0f} MB, over the {MAX_BUNDLE_MB} MB budget",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
