using Docker.DotNet;
using Docker.DotNet.Models;

namespace SchemaGate.Ephemeral;

/// <summary>
/// Removes SchemaGate containers whose owner died without cleaning up (killed build, crashed runner): every container
/// with the owner label whose process is gone from this host. Runs before each docker start, as the local reaper does.
/// </summary>
internal static class DockerReaper
{
    public static async Task<IReadOnlyList<string>> ReapAsync(DockerEndpoint endpoint, CancellationToken ct)
    {
        using var client = new DockerClientBuilder().WithEndpoint(endpoint.Uri).WithTimeout(TimeSpan.FromSeconds(20)).Build();
        var containers = await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [DockerContainerSpec.OwnerLabel] = true } },
        }, ct).ConfigureAwait(false);
        var reaped = new List<string>();
        foreach (var container in containers)
        {
            if (container.Labels?.TryGetValue(DockerContainerSpec.OwnerLabel, out var tag) != true || InstanceOwner.FromTag(tag) is not { IsAbandoned: true }) continue;
            try
            {
                await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, ct).ConfigureAwait(false);
                reaped.Add($"container {container.ID[..Math.Min(12, container.ID.Length)]} (left by process {InstanceOwner.FromTag(tag)!.Pid}, which is gone)");
            }
            catch (DockerContainerNotFoundException)
            {
                // Another run reaped it first.
            }
        }
        return reaped;
    }
}
