"""The dashboard's vendored browser libraries are the files VENDORED.md lists, byte for byte,
each with its licence beside it, and all of them are shipped in the package."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path

STATIC = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "web" / "static"
VENDOR = STATIC / "vendor"


def rows() -> list[list[str]]:
    table = [line for line in (VENDOR / "VENDORED.md").read_text().splitlines()
             if line.startswith("| ") and not line.startswith("| file")]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in table]


def test_every_vendored_file_matches_its_sha256():
    listed = rows()
    assert {r[0] for r in listed} == {"d3.min.js", "plot.umd.min.js", "topojson-client.min.js",
                                      "countries-50m.json"}
    for name, _package, version, licence, digest in listed:
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), (name, version)
        assert licence == "ISC", name
        assert hashlib.sha256((VENDOR / name).read_bytes()).hexdigest() == digest, name


def test_the_vendor_folder_holds_nothing_unlisted_and_every_licence():
    listed = {r[0] for r in rows()}
    licences = {p.name for p in VENDOR.glob("LICENSE-*.txt")}
    assert licences == {"LICENSE-d3.txt", "LICENSE-plot.txt", "LICENSE-topojson-client.txt",
                        "LICENSE-world-atlas.txt"}
    assert {p.name for p in VENDOR.iterdir()} == listed | licences | {"VENDORED.md"}
    for name in licences:
        assert "Permission to use, copy, modify" in (VENDOR / name).read_text()


def test_the_page_loads_only_files_of_this_server():
    html = (STATIC / "index.html").read_text()
    sources = re.findall(r'<script[^>]*src="([^"]+)"', html)
    assert sources == ["/static/vendor/d3.min.js", "/static/vendor/plot.umd.min.js",
                       "/static/vendor/topojson-client.min.js", "/static/js/main.js"]
    assert "<script>" not in html and "style=" not in html
    modules = sorted((STATIC / "js").glob("*.js"))
    assert len(modules) >= 8
    for js in modules:
        text = js.read_text().replace('"http://www.w3.org/2000/svg"', "")
        assert not re.search(r"https?://", text), js.name  # no request leaves this server
        assert "eval(" not in text and "new Function" not in text, js.name


def test_the_package_ships_the_dashboard():
    pyproject = tomllib.loads((STATIC.parents[3] / "pyproject.toml").read_text())
    data = pyproject["tool"]["setuptools"]["package-data"]["eventwire"]
    assert {"web/static/*", "web/static/js/*", "web/static/vendor/*"} <= set(data)
