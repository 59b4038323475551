package org.sinosoviet.timeline.protection;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed curator logins are slowed ({@code timeline.login.*}).
 *
 * @param maxFailures the failed logins one client may make for one username before it is locked out
 * @param lockout how long the lockout lasts; failures older than this are forgotten
 */
@ConfigurationProperties("timeline.login")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout) {

}
