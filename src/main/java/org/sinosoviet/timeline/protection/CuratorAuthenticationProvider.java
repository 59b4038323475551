package org.sinosoviet.timeline.protection;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a curator's credentials, whatever form of the header Spring Security read them from, and guards
 * the check itself: an account with too many failed logins is locked (in the database, for every instance),
 * keyed on the account's own name, so that {@code ADA} and {@code ada} share one count; a username longer
 * than any account's fails without a password being hashed; and at most a few password hashes run at once,
 * so that a flood of guesses cannot take every request thread.
 */
class CuratorAuthenticationProvider extends DaoAuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(CuratorAuthenticationProvider.class);

	private final LoginLockout lockout;

	private final LoginProperties properties;

	private final Semaphore checks;

	CuratorAuthenticationProvider(UserDetailsService curators, PasswordEncoder encoder, LoginLockout lockout,
			LoginProperties properties) {
		super(curators);
		setPasswordEncoder(encoder);
		this.lockout = lockout;
		this.properties = properties;
		this.checks = new Semaphore(properties.concurrentChecks(), true);
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		if (username.length() > properties.maxUsernameLength()) {
			log.warn("Failed curator login with a username of {} characters from {}", username.length(),
					client(authentication));
			throw new BadCredentialsException("Username too long");
		}
		boolean acquired;
		try {
			acquired = checks.tryAcquire(properties.checkTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LoginBusyException();
		}
		if (!acquired) {
			throw new LoginBusyException();
		}
		try {
			return super.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			if (!(ex instanceof LoginLockedException)) {
				log.warn("Failed curator login as '{}' from {}", printable(username), client(authentication));
			}
			throw ex;
		}
		finally {
			checks.release();
		}
	}

	/** Runs once the account is known, before its password is hashed. */
	@Override
	protected void additionalAuthenticationChecks(UserDetails account, UsernamePasswordAuthenticationToken presented)
			throws AuthenticationException {
		Duration locked = lockout.lockedFor(account.getUsername());
		if (!locked.isZero()) {
			throw new LoginLockedException(locked);
		}
		try {
			super.additionalAuthenticationChecks(account, presented);
		}
		catch (BadCredentialsException ex) {
			lockout.failed(account.getUsername());
			throw ex;
		}
		lockout.succeeded(account.getUsername());
	}

	private static String client(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "(unknown)";
	}

	private static String printable(String username) {
		String printable = username.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
	}

	/** The account is locked out after too many failed logins. */
	static final class LoginLockedException extends BadCredentialsException {

		private final Duration remaining;

		LoginLockedException(Duration remaining) {
			super("Too many failed logins");
			this.remaining = remaining;
		}

		long retryAfterSeconds() {
			return Math.max(1, (remaining.toMillis() + 999) / 1000);
		}

	}

	/** Too many password checks are waiting; the login was not tried. */
	static final class LoginBusyException extends AuthenticationServiceException {

		LoginBusyException() {
			super("Too many logins at once");
		}

	}

}
