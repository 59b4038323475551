package org.sinosoviet.timeline.protection;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The curator account, from {@code TIMELINE_CURATOR_USERNAME} and {@code TIMELINE_CURATOR_PASSWORD}. The
 * password is either plain text, encoded at startup, or already encoded with its algorithm as a prefix
 * ({@code {bcrypt}$2a$10$...}). Without both, no one can write: there is no default account.
 */
@ConfigurationProperties("timeline.curator")
public record CuratorProperties(@Nullable String username, @Nullable String password) {

	public boolean isConfigured() {
		return username != null && !username.isBlank() && password != null && !password.isBlank();
	}

}
