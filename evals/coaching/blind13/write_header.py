#!/usr/bin/env python3
"""Rewrite the comment header of notes_en.yaml / notes_zh.yaml with machine-checked counts."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate

SOURCES = [
    "Culture Amp, 'Performance review examples' (SBI model) - https://cultureamp.com/blog/performance-review-examples",
    "AIHR, 'Performance review phrases' - https://www.aihr.com/blog/performance-review-phrases/",
    "GitLab handbook, Talent Assessment (calibration; irrelevant artifacts such as parental leave) - /work/shared/corpus/handbooks/gitlab/people-group__talent-assessment.md (CC BY-SA 4.0)",
    "Sourcegraph handbook, Preparing for calibrations (mitigating unconscious bias) - /work/shared/corpus/handbooks/sourcegraph/departments__people-talent__people-ops__process__compensation-and-leveling__preparing-for-calibrations.md (Apache-2.0)",
    "Wikipedia (zh), '35岁门槛' (age threshold in Chinese workplaces)",
    "Overview of Chinese employment-discrimination forms (age, gender, household registration/region, hepatitis B/health) - http://www.youhuohao.com/kepu/1225720.html",
]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for fname, lang, title in (("notes_en.yaml", "en", "English"), ("notes_zh.yaml", "zh", "Chinese")):
        path = os.path.join(here, fname)
        lines = open(path, encoding="utf-8").read().split("\n")
        i = 0
        while i < len(lines) and lines[i].startswith("#"):
            i += 1
        body = "\n".join(lines[i:])
        # counts computed on the body alone (header ignored)
        tmp = path + ".tmp"
        open(tmp, "w", encoding="utf-8").write(body)
        os.replace(tmp, path)
        _, want = validate.check(fname, lang)
        head = ["# blind13 coaching eval set: %s manager notes (blind; written without looking at the product)" % title,
                "# Labels: see LABELS.md. Counts below are machine-checked by validate.py:"]
        head += ["# count %s = %d" % (k, v) for k, v in want.items()]
        head += ["# Public sources drawn on for realistic phrasing (paraphrased, nothing copied verbatim):"]
        head += ["#   - " + s for s in SOURCES]
        head += ["# Licence: CC BY 4.0. All names, companies and figures are invented."]
        open(path, "w", encoding="utf-8").write("\n".join(head) + "\n" + body)

if __name__ == "__main__":
    main()
