# Shared by the clean-system checks that run in a throwaway Debian chroot
# (packaging/test-install-chroot: Debian 12 + the .deb; tests/debian13/run:
# Debian 13 + the whole build). Sourced, not run. The caller sets, before
# sourcing:
#   suite   the Debian release (bookworm, trixie)
#   me      the program name for messages
# and gets: skip/die/say, the apt mirror read from this machine's own apt
# sources (never hard-coded), a cached bare minbase chroot, apt inside it and
# a cleanup that never deletes through a mount.
#
# Exit status convention: 0 passed, 1 failed, 77 skipped (not root, no
# debootstrap, no network to the mirror) -- CTest's SKIP_RETURN_CODE.

export PATH=$PATH:/usr/sbin:/sbin # chroot, debootstrap

readonly skip=77
readonly cache=${CNNLAB_CHROOT_CACHE:-/var/cache/cnnlab-chroot}
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
readonly arch
readonly tarball=$cache/$suite-minbase-$arch.tar.gz
# Downloaded .debs are kept per release: the same name can differ between them.
readonly archives=$cache/apt-archives-$suite
start=$SECONDS

say() { printf '==> [%3ds] %s\n' $((SECONDS - start)) "$*"; }
skip() { echo "$me: skipped: $*"; exit $skip; }
die() { echo "$me: FAILED: $*" >&2; exit 1; }

chroot_require_tools() {
    [[ $(id -u) -eq 0 ]] || skip "needs root (debootstrap, chroot, mount)"
    command -v debootstrap >/dev/null 2>&1 || skip "debootstrap is not installed (apt-get install debootstrap)"
}

# Every enabled "deb" entry of the host's apt sources as "URI SUITE", from both
# the one-line format (sources.list, *.list) and deb822 (*.sources).
apt_entries() {
    local file
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f $file ]] || continue
        sed -e 's/#.*//' -e 's/\[[^]]*\]//' "$file" | awk '$1 == "deb" && NF >= 3 { print $2, $3 }'
    done
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -f $file ]] || continue
        awk '
            function flush() {
                if (types ~ /(^| )deb( |$)/ && enabled !~ /^[Nn][Oo]$/)
                    for (u = 1; u <= nu; ++u) for (s = 1; s <= ns; ++s) print uris[u], suites[s]
                types = ""; enabled = ""; nu = 0; ns = 0
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            {
                field = tolower($1); sub(/:$/, "", field); $1 = ""; sub(/^ +/, "")
                if (field == "types") types = $0
                else if (field == "enabled") enabled = $0
                else if (field == "uris") nu = split($0, uris, " ")
                else if (field == "suites") ns = split($0, suites, " ")
            }
            END { flush() }' "$file"
    done
}

# Sets mirror (and security, if the host has one) from the host's entry for a
# plain release suite (no -updates, -security), preferring $suite itself. A
# Debian mirror serves every release, so the host's mirror for its own release
# serves $suite too; the security mirror is taken only for $suite itself.
# Then checks that the mirror (or the host's apt proxy) answers within 10 s.
chroot_find_mirror() {
    local entries entry uri entry_suite
    mapfile -t entries < <(apt_entries)
    mirror= security=
    for entry in "${entries[@]}"; do
        read -r uri entry_suite <<<"$entry"
        [[ $entry_suite == "$suite" && -z $mirror ]] && mirror=$uri
        [[ $entry_suite == "$suite-security" && -z $security ]] && security=$uri
    done
    if [[ -z $mirror ]]; then
        for entry in "${entries[@]}"; do
            read -r uri entry_suite <<<"$entry"
            [[ $entry_suite != *-* && $entry_suite != */* ]] && { mirror=$uri; break; }
        done
    fi
    [[ -n $mirror ]] || skip "found no Debian mirror in /etc/apt/sources.list(.d)"

    # The host's apt proxy, if any, serves debootstrap and the chroot's apt too.
    if [[ -z ${http_proxy:-} ]]; then
        eval "$(apt-config shell http_proxy Acquire::http::Proxy 2>/dev/null || true)"
        [[ -n ${http_proxy:-} ]] && export http_proxy
    fi

    local endpoint hostport host port
    endpoint=${http_proxy:-$mirror}
    hostport=${endpoint#*://}
    hostport=${hostport%%/*}
    hostport=${hostport##*@}
    host=${hostport%:*}
    port=80
    [[ $hostport == *:* ]] && port=${hostport##*:}
    [[ $endpoint == https://* && $hostport != *:* ]] && port=443
    timeout 10 bash -c "exec 3<>/dev/tcp/$host/$port" 2>/dev/null \
        || skip "cannot reach the apt mirror ($host:$port)"
    say "mirror: $mirror${security:+ (security: $security)}"
}

# Creates $work and $root (in a tmpfs of TMPFS_SIZE when given and memory
# allows), and the EXIT trap that unmounts and deletes them.
chroot_make_root() {
    local tmpfs_size=${1:-}
    mkdir -p "$cache" "$archives"
    work=$(mktemp -d /var/tmp/cnnlab-chroot.XXXXXX)
    root=$work/root
    mkdir -p "$root"
    tmpfs=false
    trap chroot_cleanup EXIT
    trap 'exit 130' INT TERM
    [[ -z $tmpfs_size ]] && return 0
    local available_kb need_kb
    available_kb=$(awk '/^MemAvailable:/ { print $2 }' /proc/meminfo)
    # Twice the tmpfs (in GiB) must be free: the rest is for what runs inside.
    need_kb=$((${tmpfs_size%g} * 2 * 1024 * 1024))
    if ((available_kb > need_kb)) \
        && mount -t tmpfs -o size="$tmpfs_size",mode=0755 cnnlab-chroot "$root"; then
        tmpfs=true
    fi
}

chroot_cleanup() {
    local status=$? mount_point
    # Innermost first; the cgroup tree recursively (a slave copy, so the
    # host's own mounts stay).
    umount -R "$root/sys/fs/cgroup" 2>/dev/null || true
    for mount_point in "$root/sys" "$root/dev/shm" "$root/dev/pts" "$root/proc"; do
        umount "$mount_point" 2>/dev/null || true
    done
    $tmpfs && { umount "$root" || true; }
    # Never delete through a mount that is still there (--one-file-system is
    # the second guard).
    if grep -qE " $root[ /]" /proc/self/mounts; then
        echo "$me: mounts left under $root; not deleting $work" >&2
    else
        rm -rf --one-file-system "$work"
    fi
    exit $status
}

# The bare minbase chroot of $suite, from the cache (debootstrap on the first
# run). With "prepare" as argument: only make sure the cache exists, then exit.
chroot_unpack_bare() {
    local prepare_only=${1:-}
    if [[ ! -f $tarball ]]; then
        say "debootstrap --variant=minbase $suite (first run; cached afterwards as $tarball)"
        debootstrap --variant=minbase --arch="$arch" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
            tail -n 30 "$work/debootstrap.log" >&2
            grep -qE 'Failed getting release file|Couldn.t download|Temporary failure' "$work/debootstrap.log" \
                && skip "debootstrap could not download $suite (network), see above"
            die "debootstrap failed (log above)"
        }
        chroot "$root" apt-get clean
        rm -rf "$root"/var/lib/apt/lists/*
        tar -C "$root" --numeric-owner -czf "$tarball.part" . && mv "$tarball.part" "$tarball"
        say "cached the bare chroot ($(du -h "$tarball" | cut -f1))"
        [[ $prepare_only == prepare ]] && exit 0
        find "$root" -mindepth 1 -maxdepth 1 -exec rm -rf --one-file-system {} +
    elif [[ $prepare_only == prepare ]]; then
        say "the bare chroot is already cached: $tarball"
        exit 0
    fi
    say "unpacking the bare $suite chroot$($tmpfs && echo ' (in a tmpfs)')"
    tar -C "$root" --numeric-owner -xzf "$tarball"
}

# apt sources, resolver, /etc/hosts, no daemons, fast dpkg, /proc (+ /dev/pts,
# /dev/shm, a read-only /sys and the cgroup tree with "full"), the kept
# downloads; then apt-get update.
chroot_configure() {
    local mounts=${1:-}
    {
        echo "deb $mirror $suite main"
        echo "deb $mirror $suite-updates main"
        [[ -n $security ]] && echo "deb $security $suite-security main"
    } >"$root/etc/apt/sources.list"
    rm -f "$root"/etc/apt/sources.list.d/*
    [[ -n ${http_proxy:-} ]] && echo "Acquire::http::Proxy \"$http_proxy\";" >"$root/etc/apt/apt.conf.d/01proxy"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    # A minbase chroot has no /etc/hosts, so "localhost" does not resolve
    # (every installed Debian has it; Slurm's test cluster runs on it).
    [[ -f $root/etc/hosts ]] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
    # dpkg's fsync per file is what makes a throwaway install slow.
    echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/cnnlab-unsafe-io"
    # No daemons may start inside the chroot (the tests start their own).
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    mount -t proc proc "$root/proc"
    if [[ $mounts == full ]]; then
        mkdir -p "$root/dev/pts" "$root/dev/shm"
        mount -t devpts -o newinstance,ptmxmode=0666 devpts "$root/dev/pts" 2>/dev/null || true
        mount -t tmpfs -o size=1g,mode=1777 shm "$root/dev/shm" 2>/dev/null || true
        # Slurm's slurmd reads the CPU topology (hwloc) from /sys and will not
        # start without the cgroup file systems (Slurm 24): the host's, as a
        # slave copy, so nothing done to them here travels back.
        mount -t sysfs -o ro sysfs "$root/sys" 2>/dev/null || true
        if mountpoint -q /sys/fs/cgroup && mount --rbind /sys/fs/cgroup "$root/sys/fs/cgroup" 2>/dev/null; then
            mount --make-rslave "$root/sys/fs/cgroup"
        fi
    fi
    # Downloaded packages from earlier runs: hard links (same file system), else copies.
    cp -al "$archives"/. "$root/var/cache/apt/archives/" 2>/dev/null \
        || cp -a "$archives"/. "$root/var/cache/apt/archives/"

    say "apt-get update"
    if ! in_root apt-get -q update >"$work/update.log" 2>&1; then
        cat "$work/update.log" >&2
        network_trouble "$work/update.log" && skip "the apt mirror did not answer (apt-get update)"
        die "apt-get update failed"
    fi
}

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# A mirror that cannot be reached is this machine's problem, not the code's:
# skip. Anything else apt-get says is a failure.
network_trouble() { grep -qE 'Failed to fetch|Temporary failure|Could not (connect|resolve)|Unable to fetch|Connection (failed|timed out)' "$1"; }

# Keep the downloads for the next run.
chroot_keep_downloads() {
    cp -al -n "$root"/var/cache/apt/archives/*.deb "$archives/" 2>/dev/null \
        || cp -a -n "$root"/var/cache/apt/archives/*.deb "$archives/" 2>/dev/null || true
}
