namespace TestPlugins.PrivateLib;

public static class PrivateGreeting
{
    public static string Describe() => "needs its private library";
}
