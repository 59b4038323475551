/**
 * Protection against hostile and excessive use: limits on the size of requests, an optional per-client
 * rate limit, the throttling of failed curator logins, the security headers and the answers to requests
 * too malformed to reach the application.
 */
package org.sinosoviet.timeline.protection;
