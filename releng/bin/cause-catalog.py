#!/usr/bin/python3
"""Writes docs/causes.md, the cause catalog for people, from the files the product reads: the causes and the error-code
tables of bundles/rdpdoctor.core/src/rdpdoctor/core/codes/*.tsv and the remediations every plugin.xml contributes.
--check: exit 1 when docs/causes.md is not what this would write (cli-contract-test.sh runs it)."""
import pathlib
import sys
import xml.etree.ElementTree as ET

root = pathlib.Path(__file__).resolve().parents[2]
codes_dir = root / "bundles/rdpdoctor.core/src/rdpdoctor/core/codes"
TABLES = [("mstsc.tsv", "mstsc error code", "0x{:X}"), ("extended.tsv", "mstsc extended code", "0x{:X}"),
          ("freerdp-errinfo.tsv", "FreeRDP ERRINFO", "0x{:08X}"), ("freerdp-connect.tsv", "FreeRDP ERRCONNECT", "0x{:08X}")]
OFFSET = {"freerdp-errinfo.tsv": 0x10000, "freerdp-connect.tsv": 0x20000}


def rows(name):
    for line in (codes_dir / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def md(text):
    return text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")


causes = [(r[0], r[1], r[2], r[3] if len(r) > 3 else "") for r in rows("causes.tsv")]
explained = {}
for table, title, form in TABLES:
    for r in rows(table):
        value = int(r[0], 0) + OFFSET.get(table, 0)
        for cause in filter(None, (r[3] if len(r) > 3 else "").split(",")):
            explained.setdefault(cause.strip(), []).append(f"{title} {form.format(value)} ({r[1]})")
fixes = {}
for plugin in sorted(root.glob("bundles/*/plugin.xml")):
    for element in ET.parse(plugin).getroot().iter("remediation"):
        for cause in element.get("causes", "").split(","):
            system = {"LINUX": "Linux (xrdp)", "WINDOWS": "Windows"}.get(element.get("system"), element.get("system"))
            workaround = " (a workaround, not a fix)" if element.get("workaround") == "true" else ""
            fixes.setdefault(cause.strip(), []).append(f"`{element.get('id')}` on {system}: {element.get('name')}{workaround}")

out = ["# The cause catalog", "",
       "Every cause RDP Doctor names in a finding: what it means, the evidence that tells it apart from the others,",
       "the fixes `rdpdoctor remediate --cause ID` (and the workbench's Fix wizard) can apply, and the error codes",
       "that point at it (`rdpdoctor explain CODE`). Written by `releng/bin/cause-catalog.py` from the files the",
       "product reads; a finding's own text adds the documented fix for the host at hand.", "",
       "| cause | severity | what it means |", "|---|---|---|"]
out += [f"| [{c}](#{c.lower()}) | {s} | {md(d)} |" for c, s, d, _ in causes]
for cause, severity, description, evidence in causes:
    out += ["", f"## {cause}", "", f"**{severity}**: {md(description)}.", "",
            f"- Evidence that tells it apart: {md(evidence) or '-'}",
            "- Fixes: " + ("; ".join(md(f) for f in fixes.get(cause, [])) or "none automated: the finding says what to do"),
            "- Error codes it explains: " + (", ".join(md(e) for e in explained.get(cause, [])) or "none listed")]
text = "\n".join(out) + "\n"
target = root / "docs/causes.md"
if sys.argv[1:] == ["--check"]:
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        sys.exit("cause-catalog: docs/causes.md is stale: run releng/bin/cause-catalog.py")
else:
    target.write_text(text, encoding="utf-8")
    print(f"cause-catalog: {len(causes)} causes in {target}")
