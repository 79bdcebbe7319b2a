using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Crm.Host.Hosting;

/// <summary>
/// Writes a health report as JSON: overall status plus each check's status, description and duration, so an
/// operator sees why an instance is not ready. Exception details stay in the logs, never in the response.
/// </summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("status", report.Status.ToString());
        writer.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 3));
        writer.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries)
        {
            writer.WriteStartObject(name);
            writer.WriteString("status", entry.Status.ToString());
            writer.WriteString("description", entry.Description);
            writer.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 3));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
