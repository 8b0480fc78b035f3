using System;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace Imp.Orleans.Demo;

/// <summary>Whether a Redis server answers.</summary>
public static class RedisProbe
{
    /// <summary>Whether Redis at <paramref name="connection"/> answers a PING within a few seconds.</summary>
    public static async Task<bool> IsUpAsync(string connection)
    {
        ConfigurationOptions options = ConfigurationOptions.Parse(connection);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 3000;
        try
        {
            using ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
            await redis.GetDatabase().PingAsync().ConfigureAwait(false);
            return true;
        }
        catch (RedisException)
        {
            return false;
        }
    }
}
