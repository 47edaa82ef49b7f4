using System.Net;

namespace SchemaGate.GitHub;

/// <summary>
/// A GitHub API call that failed for good. The message names the call and status and has passed the redactor; no
/// inner exception is kept, so nothing Octokit or HttpClient wrote (URLs, headers) can surface in a stack trace.
/// </summary>
public sealed class GitHubApiException(string message, HttpStatusCode? status) : Exception(message)
{
    /// <summary>The last HTTP status, or null when the request never got an answer.</summary>
    public HttpStatusCode? Status { get; } = status;

    /// <summary>True for the answers a read-only or fork token gets: 401, 403, 404.</summary>
    public bool IsPermissionDenied => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized;
}
