package org.sinosoviet.timeline.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service shuts down ({@code timeline.shutdown.*}).
 *
 * @param drain on SIGTERM, how long the service keeps answering with readiness down before the web server
 * stops accepting requests ({@code 0s} for not at all)
 */
@ConfigurationProperties("timeline.shutdown")
public record ShutdownProperties(@DefaultValue("0s") Duration drain) {

}
