package org.sinosoviet.timeline.protection;

import org.junit.jupiter.api.Test;


import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Who may write: the configured curator only, with a plain or an encoded password, and no one at all when
 * none is configured. (The packaged application's refusal of writes without a curator is shown over HTTP
 * by {@code DurabilityIT}.)
 */
class CuratorAccountsTest {

	private final ApiSecurity security = new ApiSecurity();

	private final PasswordEncoder encoder = security.passwordEncoder();

	@Test
	void withNoCuratorConfiguredNoOneIsACurator() {
		for (CuratorProperties unset : new CuratorProperties[] { new CuratorProperties(null, null),
				new CuratorProperties("ada", null), new CuratorProperties("ada", " "),
				new CuratorProperties(null, "secret") }) {
			UserDetailsService curators = security.curators(unset, encoder);
			for (String username : new String[] { "ada", "admin", "user", "" }) {
				assertThatExceptionOfType(UsernameNotFoundException.class)
					.isThrownBy(() -> curators.loadUserByUsername(username));
			}
		}
	}

	@Test
	void aPlainPasswordIsEncodedAtStartup() {
		UserDetails curator = security.curators(new CuratorProperties("ada", "secret"), encoder)
			.loadUserByUsername("ada");

		assertThat(curator.getPassword()).isNotEqualTo("secret").startsWith("{bcrypt}");
		assertThat(encoder.matches("secret", curator.getPassword())).isTrue();
		assertThat(encoder.matches("Secret", curator.getPassword())).isFalse();
		assertThat(curator.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CURATOR");
	}

	@Test
	void anEncodedPasswordIsAcceptedAsItIs() {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("correct horse");
		UserDetails curator = security.curators(new CuratorProperties("ada", hash), encoder)
			.loadUserByUsername("ada");

		assertThat(curator.getPassword()).isEqualTo(hash);
		assertThat(encoder.matches("correct horse", curator.getPassword())).isTrue();
		assertThat(encoder.matches(hash, curator.getPassword())).isFalse();
	}

	@Test
	void otherUsernamesAreNotCurators() {
		UserDetailsService curators = security.curators(new CuratorProperties("ada", "secret"), encoder);

		assertThatExceptionOfType(UsernameNotFoundException.class)
			.isThrownBy(() -> curators.loadUserByUsername("admin"));
	}

}
