using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using ShopOnboard.IntegrationTests.Support;

namespace ShopOnboard.IntegrationTests.Infrastructure;

public class JobStorageTests
{
    /// <summary>
    /// Hangfire keeps a static "current" storage; each host must use its own, or a job enqueued in one host
    /// lands in (or fails against) the storage of another host that has already stopped.
    /// </summary>
    [Fact]
    public async Task JobStorage_TwoHostsInOneProcess_EachEnqueuesIntoItsOwn()
    {
        await using var first = new ShopOnboardFactory();
        await using var second = new ShopOnboardFactory();
        _ = first.Services;
        _ = second.Services;

        var firstStorage = first.Services.GetRequiredService<JobStorage>();
        var secondStorage = second.Services.GetRequiredService<JobStorage>();
        await second.DisposeAsync();
        var id = first.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => Console.WriteLine("ping"));

        Assert.NotSame(firstStorage, secondStorage);
        Assert.NotNull(firstStorage.GetConnection().GetJobData(id));
    }
}
