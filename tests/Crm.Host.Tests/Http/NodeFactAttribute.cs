namespace Crm.Host.Tests.Http;

/// <summary>A test that runs a Node.js script from tests/js; skipped, with the reason, where node or npm is missing.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeTools.FindOnPath("node") is null || NodeTools.FindOnPath("npm") is null)
        {
            Skip = "Node.js 20+ and npm are not on PATH; install them to run the JavaScript client and audit tests.";
        }
    }
}
