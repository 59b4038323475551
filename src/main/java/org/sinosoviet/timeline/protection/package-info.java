/**
 * The edge's security, configured in Spring Security ({@link org.sinosoviet.timeline.protection.ApiSecurity}):
 * HTTP Basic for the curator with a lockout after failed logins, CORS, the security headers and the limits on
 * the size of requests; the optional per-client rate limit; and the answers to requests too malformed or too
 * large for Tomcat to hand to the application.
 */
package org.sinosoviet.timeline.protection;
