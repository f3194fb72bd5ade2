#!/usr/bin/env bash
# Submits a sharded sweep to Slurm: builds the jar once, here, then a job array that only runs
# `java -jar`, then a job that merges the shards when every one has succeeded.
#
#   cluster/slurm/submit-sweep.sh [--shards N] [--cpus-per-task C] [--jar-dir DIR] [--parsable] \
#       OUT SCENARIO [SWEEP OPTION...]
#
#   cluster/slurm/submit-sweep.sh --shards 32 --cpus-per-task 4 /shared/sweeps/ai \
#       scenarios/ai-adoption.yaml --param 'delivery.ai.adoption=0:1:0.1' \
#       --param 'delivery.teams[0].headcount=6:14:2'
#
# Run it on a login node, from a checkout every node can read (relative paths are resolved there).
# The build needs Maven Central (or a primed ~/.m2); the compute nodes need only a JDK 17+.
# The jar is copied to DIR/deliverysim-<sha256 prefix>.jar (default DIR: OUT's parent folder), so
# rebuilding target/ while the array runs changes nothing. DELIVERYSIM_JAR=path skips the build
# and stages that jar instead. Other sbatch options come from sbatch's own variables:
# SBATCH_TIMELIMIT, SBATCH_PARTITION, SBATCH_ACCOUNT, SBATCH_OUTPUT, ...
# Prints the two job ids (with --parsable: "ARRAY_ID MERGE_ID" and nothing else).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

usage() {
  sed -n '5,6p' "${BASH_SOURCE[0]}" | sed 's/^# *//' >&2
  exit 2
}

shards=8 cpus=1 jar_dir="" parsable=no
while [ $# -gt 0 ]; do
  case "$1" in
    --shards) shards=${2:?}; shift 2 ;;
    --cpus-per-task) cpus=${2:?}; shift 2 ;;
    --jar-dir) jar_dir=${2:?}; shift 2 ;;
    --parsable) parsable=yes; shift ;;
    -h|--help) usage ;;
    --) shift; break ;;
    -*) echo "submit-sweep: unknown option $1" >&2; usage ;;
    *) break ;;
  esac
done
[ $# -ge 2 ] || usage
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "submit-sweep: --shards: expected an integer ≥ 1, received: $shards" >&2; exit 2; }
[[ "$cpus" =~ ^[1-9][0-9]*$ ]] || { echo "submit-sweep: --cpus-per-task: expected an integer ≥ 1, received: $cpus" >&2; exit 2; }
out=$1
shift

# 1. Build once, here: the launcher builds only when the jar is missing or older than the sources.
if [ -n "${DELIVERYSIM_JAR:-}" ]; then
  built=$DELIVERYSIM_JAR
else
  "$root/deliverysim" --version >/dev/null
  built=$root/target/deliverysim.jar
fi
[ -f "$built" ] || { echo "submit-sweep: no jar at $built" >&2; exit 1; }

# 2. Stage it where every node reads it, under a name that changes with its content.
jar_dir=${jar_dir:-$(dirname "$out")}
mkdir -p "$jar_dir"
jar_dir=$(cd "$jar_dir" && pwd)
jar="$jar_dir/deliverysim-$(sha256sum "$built" | cut -c1-12).jar"
if [ ! -f "$jar" ]; then
  cp "$built" "$jar.tmp.$$"
  mv "$jar.tmp.$$" "$jar"
fi

# 3. The array, then the merge once every task has succeeded (cancelled if one fails).
array=$(sbatch --parsable --array="0-$((shards - 1))" --cpus-per-task="$cpus" \
  "$here/sweep-shard.sbatch" "$jar" "$out" "$@")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  "$here/sweep-merge.sbatch" "$jar" "$out")
merge=${merge%%;*}

if [ "$parsable" = yes ]; then
  echo "$array $merge"
else
  echo "jar: $jar"
  echo "array job $array: $shards shards of the sweep into $out"
  echo "merge job $merge: runs when every shard has succeeded (squeue -j $array,$merge)"
fi
