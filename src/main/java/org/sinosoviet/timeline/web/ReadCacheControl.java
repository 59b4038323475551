package org.sinosoviet.timeline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads may be kept by any cache, browsers and proxies included, but must be revalidated before use
 * ({@code public, no-cache}): a curator's correction shows at once, and revalidation with the ETag costs a
 * 304 and no body. Set before the handler runs, so that a handler may still say otherwise. The answer also
 * depends on {@code Accept}.
 */
class ReadCacheControl implements HandlerInterceptor {

	static final String CACHE_CONTROL = "public, no-cache";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String method = request.getMethod();
		if (("GET".equals(method) || "HEAD".equals(method)) && !response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		return true;
	}

}
