#pragma once

// Loopback ports for the test fixtures' private servers (sshd, Slurm).

// A port on 127.0.0.1 that nothing listens on now (bound to 0, then released).
int freeLoopbackPort();
// Whether something accepts connections on 127.0.0.1:`port`.
bool loopbackAccepts(int port);
