namespace SportsBot.Core.Chat;

/// <summary>
/// The groups where each person was last seen as an admin, so "/config" sent in private can ask which of
/// them it is for. Only a hint: the platform is asked again before anything is changed.
/// </summary>
public interface IAdminDirectory
{
    Task SeenAsync(string platform, UserId user, AdminSighting sighting, CancellationToken cancellationToken);

    /// <summary>Most recently seen first.</summary>
    Task<IReadOnlyList<AdminSighting>> GroupsOfAsync(string platform, UserId user, CancellationToken cancellationToken);

    Task ForgetAsync(string platform, UserId user, ChannelId channel, CancellationToken cancellationToken);
}
