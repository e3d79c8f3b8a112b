#!/usr/bin/env python3
"""The CI jobs of docs/ci.md work: docs/ci/github-actions.yml and docs/ci/gitlab-ci.yml
are valid YAML, run `mtfp check` on the folder of scenarios, publish the JUnit file
they write, and their check commands, run here against the built binary, give the
exit status and the report they promise. Usage: ci-jobs.py MTFP (from the repo root)."""
import glob
import os
import shlex
import subprocess
import sys
import tempfile

import yaml

binary = os.path.abspath(sys.argv[1])
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def run_check(command, folder):
    """Runs one `mtfp check` line of a job with the real binary; the -o file in `folder`."""
    words = shlex.split(command)
    words[0] = binary
    expanded = []
    for word in words:
        expanded += sorted(glob.glob(word)) if "*" in word else [word]
    if "-o" in expanded:
        expanded[expanded.index("-o") + 1] = os.path.join(folder, expanded[expanded.index("-o") + 1])
    return subprocess.run(expanded, capture_output=True, text=True)


def check_commands(lines):
    return [line for line in lines if "mtfp check" in line]


with tempfile.TemporaryDirectory() as folder:
    github = yaml.safe_load(open("docs/ci/github-actions.yml"))
    steps = github["jobs"]["check"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    commands = check_commands(runs)
    if len(commands) != 2:
        fail(f"github: {len(commands)} check commands, expected 2 (annotations, JUnit)")
    published = [step for step in steps if "uses" in step and "junit" in step["uses"]]
    if not published or published[0]["with"]["report_paths"] != "check-report.xml":
        fail("github: the JUnit report is not published from check-report.xml")
    if not all(step.get("if") == "always()" for step in steps[3:]):
        fail("github: the JUnit steps do not run after a failing check")
    for command in commands:
        result = run_check(command, folder)
        if result.returncode != 1:  # the shipped MPS plan misses two rules by design
            fail(f"github: '{command}' exited {result.returncode}, expected 1: {result.stderr}")
        if "--format github" in command and "::error file=scenarios/mps-2007-10.yaml,line=" not in result.stdout:
            fail("github: no annotation at a line of scenarios/mps-2007-10.yaml")
    report = os.path.join(folder, "check-report.xml")
    if not os.path.exists(report) or "<testsuites" not in open(report).read():
        fail("github: no JUnit report written")
    os.remove(report)

    gitlab = yaml.safe_load(open("docs/ci/gitlab-ci.yml"))
    job = gitlab["mtfp-check"]
    commands = check_commands(job["script"])
    if len(commands) != 1:
        fail(f"gitlab: {len(commands)} check commands, expected 1")
    if job["artifacts"]["reports"]["junit"] != "check-report.xml" or job["artifacts"]["when"] != "always":
        fail("gitlab: the JUnit report is not published always from check-report.xml")
    for command in commands:
        result = run_check(command, folder)
        if result.returncode != 1:
            fail(f"gitlab: '{command}' exited {result.returncode}, expected 1: {result.stderr}")
    if not os.path.exists(report):
        fail("gitlab: no JUnit report written")
    else:
        xsd = subprocess.run(["xmllint", "--noout", "--schema", "tests/junit/junit.xsd", report],
                             capture_output=True, text=True)
        if xsd.returncode != 0:
            fail("gitlab: the JUnit report does not validate: " + xsd.stderr)

sys.exit(1 if failures else 0)
