#!/usr/bin/env bash
# Runs COMMAND inside a throwaway single-node Slurm cluster, then stops the cluster.
#
#   cluster/slurm/local-cluster.sh COMMAND [ARG...]
#
# Starts munged, slurmctld and slurmd (Debian's packages: munge, slurmctld, slurmd, slurm-client)
# from a temporary folder with their own key, config, state, logs and free ports, so it touches
# nothing under /etc and can run beside another cluster. COMMAND runs with SLURM_CONF set, so
# sbatch, squeue and scontrol talk to this cluster; LOCAL_SLURM_DIR names the folder. The daemons
# are stopped whatever happens (COMMAND fails, a signal, a daemon that never comes up), and the
# exit status is COMMAND's. Needs root (the daemons run as root; munged as user munge) and no
# systemd. Set LOCAL_SLURM_KEEP=1 to keep the folder (logs) afterwards.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "local-cluster: needs root (slurmd and slurmctld run as root)" >&2; exit 2; }
for tool in munged munge unmunge mungekey slurmctld slurmd sbatch sinfo; do
  command -v "$tool" >/dev/null 2>&1 ||
    { echo "local-cluster: '$tool' not found; install: apt-get install --no-install-recommends slurmctld slurmd slurm-client munge" >&2; exit 2; }
done

T=$(mktemp -d -t local-slurm.XXXXXX)
HOST=$(hostname -s)                     # SlurmctldHost must be the real short host name
NCPU=$(nproc)
MEM=$(( $(awk '/MemTotal/{print $2}' /proc/meminfo) / 1024 - 1024 ))
CTLD=""; SLURMD=""; CMD=""

log() { echo "local-cluster: $*" >&2; }

# A TCP port nobody listens on (slurmctld and slurmd default to 6817/6818; another cluster on this
# machine, or another CI run, may hold them).
free_port() {
  local p
  for p in $(shuf -i 20000-60000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
  return 1
}

stop() {
  local status=$?
  set +e
  [ -n "$CMD" ] && kill "$CMD" 2>/dev/null && wait "$CMD" 2>/dev/null
  # Jobs still queued or running (a failed or interrupted COMMAND): cancel them while slurmctld
  # and slurmd are up, or their processes outlive the cluster.
  if [ -n "$CTLD" ] && kill -0 "$CTLD" 2>/dev/null; then
    local jobs
    jobs=$(squeue -h -o %A 2>/dev/null | sort -u | paste -sd' ')
    if [ -n "$jobs" ]; then
      log "cancelling jobs $jobs"
      scancel $jobs 2>/dev/null
      for _ in $(seq 1 20); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.5; done
    fi
  fi
  [ -n "$SLURMD$CTLD" ] && kill $SLURMD $CTLD 2>/dev/null
  for _ in $(seq 1 20); do
    { [ -n "$SLURMD" ] && kill -0 "$SLURMD" 2>/dev/null; } || { [ -n "$CTLD" ] && kill -0 "$CTLD" 2>/dev/null; } || break
    sleep 0.5
  done
  # slurmd can sit in a registration retry for minutes: do not wait for it.
  [ -n "$SLURMD$CTLD" ] && { kill -9 $SLURMD $CTLD 2>/dev/null; wait $SLURMD $CTLD 2>/dev/null; }
  if [ -f "$T/munge/munged.pid" ]; then
    munged --socket="$T/munge/munge.socket.2" --stop >/dev/null 2>&1 ||
      kill "$(cat "$T/munge/munged.pid")" 2>/dev/null
  fi
  if [ "$status" != 0 ]; then
    log "failed (status $status); last lines of the daemons' logs:"
    for f in "$T"/log/* "$T"/munge/munged.log; do
      [ -s "$f" ] && { echo "--- $f" >&2; tail -n 15 "$f" >&2; }
    done
  fi
  if [ "${LOCAL_SLURM_KEEP:-0}" = 1 ]; then log "kept $T"; else rm -rf "$T"; fi
  exit "$status"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

chmod 755 "$T"                          # munged runs as user munge and must reach its folder
mkdir -p "$T"/{munge,state,spool,log}
chown munge:munge "$T/munge"; chmod 755 "$T/munge"   # munged refuses a socket folder without a+x
mungekey --create --keyfile="$T/munge/munge.key" >/dev/null
chown munge:munge "$T/munge/munge.key"; chmod 600 "$T/munge/munge.key"
runuser -u munge -- munged --socket="$T/munge/munge.socket.2" --key-file="$T/munge/munge.key" \
  --pid-file="$T/munge/munged.pid" --log-file="$T/munge/munged.log" --seed-file="$T/munge/munged.seed"
munge -n --socket="$T/munge/munge.socket.2" | unmunge --socket="$T/munge/munge.socket.2" >/dev/null

CTLD_PORT=$(free_port); SLURMD_PORT=$(free_port)
[ "$CTLD_PORT" != "$SLURMD_PORT" ] || SLURMD_PORT=$(free_port)
cat > "$T/slurm.conf" <<CONF
ClusterName=local
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$T/munge/munge.socket.2
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/log/slurmctld.log
SlurmdLogFile=$T/log/slurmd.log
# Without linuxproc the node looks idle but every job fails on cgroups and the node drains.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
MailProg=/bin/true
SlurmdTimeout=300
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$NCPU RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$T/slurm.conf" LOCAL_SLURM_DIR="$T"

slurmctld -D -i >"$T/log/slurmctld.out" 2>&1 & CTLD=$!   # -D: foreground, so we own the PID
slurmd -D -N "$HOST" >"$T/log/slurmd.out" 2>&1 & SLURMD=$!
up=no
for _ in $(seq 1 60); do
  kill -0 "$CTLD" 2>/dev/null || break  # slurmctld exits at once on a bad SlurmctldHost
  kill -0 "$SLURMD" 2>/dev/null || break
  sinfo -h -o '%T' 2>/dev/null | grep -qx idle && { up=yes; break; }
  sleep 0.5
done
[ "$up" = yes ] || { log "the node did not come up idle within 30 s"; exit 1; }
log "up: node $HOST, $NCPU CPUs, ports $CTLD_PORT/$SLURMD_PORT, folder $T"

# In the background, so that a signal reaches the trap at once, not when COMMAND ends.
"$@" &
CMD=$!
set +e
wait "$CMD"
status=$?
set -e
CMD=""
exit "$status"
