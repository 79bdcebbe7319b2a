using System.Diagnostics;

namespace Crm.Host.Tests.Persistence.Support;

/// <summary>
/// Makes a file read-only for the current process until disposed. Permission bits do not stop root (CI runs
/// as root), so for root the file is marked immutable with chattr, which binds root too.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;
    private readonly UnixFileMode _mode;

    private ReadOnlyFile(string path)
    {
        _path = path;
        _immutable = Environment.UserName == "root";
        _mode = File.GetUnixFileMode(path);
        if (_immutable)
        {
            Chattr("+i");
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    public static ReadOnlyFile Make(string path) => new(path);

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i");
        }
        else
        {
            File.SetUnixFileMode(_path, _mode);
        }
    }

    private void Chattr(string flag)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, _path]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
        if (chattr.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {flag} {_path} failed: {chattr.StandardError.ReadToEnd()}");
        }
    }
}
