"""Prints one closing line, "tests: N passed, N failed, N skipped", summed over the TRX files dotnet test wrote."""
import glob
import sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0))
    skipped += int(counters.get("total", 0)) - int(counters.get("executed", 0))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
