#!/usr/bin/env bash
# The command line as admins use it, through the built product: targets as nmap takes them (an IPv4 /30 and a range
# of loopback addresses this script listens on, -iL, standard input), the JSON of every command checked against its
# schema in docs/schemas (python3-jsonschema: check-json.py), help COMMAND, the manual pages rendered by man -l
# without a warning, and completion of option values in bash and zsh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rd="$root/rdpdoctor"
json="$root/releng/bin/check-json.py"
work=$(mktemp -d)
listeners=
cleanup() { [ -z "$listeners" ] || kill "$listeners" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
passed=0
ok() { passed=$((passed + 1)); echo "cli-contract: $*"; }
fail() { echo "cli-contract: FAILED: $*" >&2; for f in "$work"/out "$work"/err; do [ -f "$f" ] && head -c 3000 "$f" >&2; done; exit 1; }
"$rd" help >/dev/null   # builds the product if needed

# Targets: listeners that accept and never answer on 127.0.1.1 and 127.0.1.2 (one port); .0 and .3 refuse.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.1.1",0)); print(s.getsockname()[1]); s.close()')
python3 -c '
import socket, sys, time
socks = []
for a in ("127.0.1.1", "127.0.1.2"):
    s = socket.socket(); s.bind((a, int(sys.argv[1]))); s.listen(16); socks.append(s)
print("ready", flush=True)
time.sleep(300)' "$port" >"$work/listening" &
listeners=$!
for _ in $(seq 1 50); do grep -q ready "$work/listening" && break; sleep 0.1; done
set +e
"$rd" diagnose "127.0.1.0/30:$port" --format json --timeout-ms 1000 >"$work/out" 2>"$work/err"; code=$?
set -e
[ "$code" = 1 ] || fail "diagnose 127.0.1.0/30:$port exit $code"
"$json" diagnose <"$work/out" 'sorted(h["target"] for h in d["hosts"]) == ["127.0.1.%d:'"$port"'" % i for i in range(4)]' \
  'all((h["findings"][0]["cause"] == "SERVICE_NOT_RESPONDING") == (h["target"].split(":")[0] in ("127.0.1.1", "127.0.1.2")) for h in d["hosts"])' \
  || fail "the /30's four addresses and their verdicts"
ok "diagnose 127.0.1.0/30:$port -> 4 hosts, the two listening ones SERVICE_NOT_RESPONDING, exit 1"
printf '# two of them\n127.0.1.1-2:%s   # the listeners\n' "$port" >"$work/targets.txt"
for how in "-iL $work/targets.txt" "-"; do
  set +e
  # shellcheck disable=SC2086
  "$rd" diagnose $how --format json --timeout-ms 1000 <"$work/targets.txt" >"$work/out" 2>"$work/err"; code=$?
  set -e
  [ "$code" = 1 ] || fail "diagnose $how exit $code"
  "$json" diagnose <"$work/out" 'len(d["hosts"]) == 2' \
    'all(h["findings"][0]["cause"] == "SERVICE_NOT_RESPONDING" for h in d["hosts"])' || fail "diagnose $how"
done
ok "a range 127.0.1.1-2:$port from -iL FILE and from standard input -> 2 hosts"
set +e
"$rd" diagnose 10.0.0.0/8 >"$work/out" 2>"$work/err"; code=$?
set -e
[ "$code" = 2 ] && grep -q '10.0.0.0/8' "$work/err" || fail "a /8 is not refused with exit 2 naming it"
ok "a /8 refused (exit 2): $(head -1 "$work/err")"
set +e
"$rd" diagnose 'fd00::/120' >"$work/out" 2>"$work/err"; code=$?
set -e
[ "$code" = 2 ] && grep -q 'IPv6 networks are not expanded' "$work/err" || fail "an IPv6 network is not refused naming it"
ok "an IPv6 network refused (exit 2), nothing sent: $(head -1 "$work/err")"

# The JSON of every command, checked against its schema.
"$rd" explain 0x904 0x7 --format json | "$json" explain 'd["acceptedThenClosed"]' \
  '"CERT_EXPIRED" in [c["id"] for c in d["causes"]]' || fail "explain JSON"
"$rd" explain ERRCONNECT_TLS_CONNECT_FAILED --output-format json | "$json" explain 'd["codes"][0]["table"] == "freerdp_connect"' \
  || fail "explain (FreeRDP) JSON"
printf 'name,address,port\nweb1,192.0.2.10,3389\nweb2,192.0.2.11,99999\n' >"$work/hosts.csv"
"$rd" import "$work/hosts.csv" --to "$work/inv.rdpdoctor" --output-format json 2>/dev/null | "$json" import \
  'd["added"] == 1 and d["files"][0]["skipped"] == 1 and d["files"][0]["importer"] == "csv" and d["written"]' \
  || fail "import JSON"
"$rd" import "$work/hosts.csv" --to "$work/inv.rdpdoctor" --format csv --output-format json 2>/dev/null | "$json" import \
  'd["added"] == 0 and d["alreadyThere"] == 1' || fail "import JSON, again (--format csv names the input)"
"$rd" export "$work/inv.rdpdoctor" --to "$work/out.csv" --format json | "$json" export 'd["hosts"] == 1' \
  || fail "export JSON"
"$rd" journal --journal "$work/journal" --format json | "$json" journal 'd["entries"] == []' || fail "journal JSON"
"$rd" plugins list --format json | "$json" plugins \
  'any(f["id"] == "rdpdoctor.headless" for f in d["installed"])' || fail "plugins list JSON"
evtx="$root/../shared/data/evtx/hayabusa-DeepBlueCLI-password-spray.evtx"
if [ -f "$evtx" ]; then
  "$rd" events "$evtx" --id 4625,4648 --format json 2>/dev/null | "$json" events 'len(d["events"]) > 0' \
    || fail "events JSON of $evtx"
fi
ok "explain, import, export, journal, plugins, events: JSON valid against docs/schemas (remediate's: remediation-crash-test.sh)"

# The settings file (XDG_CONFIG_HOME honoured): its values are every command's defaults, a flag wins, a bad line is
# named with its line and left out.
mkdir -p "$work/config/rdpdoctor"
printf '# mine\ntimeoutMs = 1200\nconcurrency = lots\n' >"$work/config/rdpdoctor/settings.properties"
XDG_CONFIG_HOME="$work/config" "$rd" settings --format json --depth quick | "$json" settings \
  '[(s["value"], s["source"], s.get("line")) for s in d["settings"] if s["key"] == "timeoutMs"] == [("1200", "file", 2)]' \
  '{s["key"]: s["source"] for s in d["settings"]}["depth"] == "option"' \
  '{s["key"]: s["source"] for s in d["settings"]}["concurrency"] == "default"' \
  'd["problems"][0].endswith("settings.properties:3: concurrency: --concurrency \"lots\" must be a whole number from 1 to 4096; ignored".replace(chr(34), chr(39)))' \
  || fail "settings JSON"
set +e
XDG_CONFIG_HOME="$work/config" "$rd" batch --targets "127.0.1.3:$port" --report "$work/settings.json" \
  >"$work/out" 2>"$work/err"; code=$?
set -e
[ "$code" = 1 ] && grep -q "settings.properties:3: concurrency" "$work/err" || fail "batch with a bad settings line: exit $code"
"$json" diagnose 'd["run"]["timeoutMs"] == "1200"' <"$work/settings.json" || fail "batch did not take timeoutMs from the file"
XDG_CONFIG_HOME="$work/config" "$rd" batch --targets "127.0.1.3:$port" --report "$work/settings.json" --timeout-ms 900 \
  >/dev/null 2>&1 || true
"$json" diagnose 'd["run"]["timeoutMs"] == "900"' <"$work/settings.json" || fail "--timeout-ms did not win over the file"
ok "settings: the file's timeoutMs (line 2) is batch's, --timeout-ms wins, line 3 named and left out"

# help COMMAND, and each command's own exit codes.
for command in $("$rd" --help | awk '/^Commands:/{on=1; next} on && /^  [a-z]/{print $1}'); do
  "$rd" help "$command" >"$work/out" || fail "help $command"
  grep -q "Exit codes:" "$work/out" || fail "help $command has no exit codes"
done
ok "help COMMAND for every command, each with its exit codes"

# Manual pages: the committed ones are the command line's (CommandLineTest), each renders without a warning.
for page in "$root"/docs/man/*.1; do
  MANWIDTH=100 man --warnings=all -l "$page" >"$work/out" 2>"$work/err" || fail "man -l $page"
  [ ! -s "$work/err" ] || fail "man -l $page warns"
  grep -q "EXIT STATUS" "$work/out" || fail "$page has no exit status"
done
ok "$(ls "$root"/docs/man/*.1 | wc -l) manual pages rendered by man -l without a warning"

# The cause catalog in docs/ is the one the product's files make.
"$root/releng/bin/cause-catalog.py" --check || fail "docs/causes.md is stale"
ok "docs/causes.md lists the catalog's $(grep -c '^## ' "$root/docs/causes.md") causes as the product reads them"

# Completion: option values in bash and zsh.
"$rd" completion bash >"$work/complete.bash"
"$rd" completion zsh >"$work/complete.zsh"
values=$(bash -c 'source "$1"; COMP_WORDS=(rdpdoctor diagnose --format ""); COMP_CWORD=3; COMP_LINE="rdpdoctor diagnose --format "
  COMP_POINT=${#COMP_LINE}; _complete_rdpdoctor; echo "${COMPREPLY[*]}"' _ "$work/complete.bash" 2>/dev/null)
[ "$values" = "text json table" ] || fail "bash completes --format with '$values'"
causes=$(bash -c 'source "$1"; COMP_WORDS=(rdpdoctor remediate --cause CERT_E); COMP_CWORD=3; COMP_LINE="rdpdoctor remediate --cause CERT_E"
  COMP_POINT=${#COMP_LINE}; _complete_rdpdoctor; echo "${COMPREPLY[*]}"' _ "$work/complete.bash" 2>/dev/null)
[[ "$causes" == *CERT_EXPIRED* ]] || fail "bash completes --cause CERT_E with '$causes'"
# zsh runs the function as its bashcompinit's compgen -F does: in sh emulation (arrays from 0)
zvalues=$(HOME="$work" zsh -f -c 'source "$1" || exit 1; ask() { emulate -L sh; COMP_WORDS=(rdpdoctor events --format "")
  COMP_CWORD=3; COMP_LINE="rdpdoctor events --format "; COMP_POINT=${#COMP_LINE}; _complete_rdpdoctor; echo "${COMPREPLY[*]}"; }
  [[ "${_comps[rdpdoctor]}" == "_bash_complete -F _complete_rdpdoctor"* ]] || exit 1; ask' _ "$work/complete.zsh")
[ "$zvalues" = "text json csv" ] || fail "zsh completes events --format with '$zvalues'"
ok "completion: bash --format -> $values; --cause CERT_E -> $causes; zsh events --format -> $zvalues"
echo "cli-contract: $passed passed, 0 failed"
