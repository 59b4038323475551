package org.sinosoviet.timeline.protection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How curator logins are guarded ({@code timeline.login.*}).
 *
 * @param maxFailures the failed logins an account may see before it is locked out
 * @param lockout how long the lockout lasts; failures older than this are forgotten
 * @param maxUsernameLength the longest username that is checked at all; longer ones fail at once
 * @param concurrentChecks how many password checks (each a deliberately slow hash) may run at once, so that
 * a flood of guesses occupies at most that many request threads
 * @param checkTimeout how long a login waits for its turn before it is answered 503
 */
@ConfigurationProperties("timeline.login")
public record LoginProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
		@DefaultValue("100") int maxUsernameLength, @DefaultValue("2") int concurrentChecks,
		@DefaultValue("5s") Duration checkTimeout) {

}
