using System.Net;
using System.Net.Sockets;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>Ports on 127.0.0.1 for tests that need a server to be absent, or a port of their own.</summary>
internal static class LoopbackPorts
{
    /// <summary>A port nothing listens on now (the OS just handed it out and it was closed again).</summary>
    public static int Unused()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
