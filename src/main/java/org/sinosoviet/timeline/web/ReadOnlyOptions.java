package org.sinosoviet.timeline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring MVC answers OPTIONS with an {@code Accept-Patch} header even where nothing can be patched, and then
 * it is empty. RFC 5789 reads its presence as "PATCH is allowed here", so a read-only resource must not send it.
 */
class ReadOnlyOptions implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if ("OPTIONS".equals(request.getMethod()) && "".equals(response.getHeader(HttpHeaders.ACCEPT_PATCH))) {
			// Servlet 6.1: setting a header to null removes it.
			response.setHeader(HttpHeaders.ACCEPT_PATCH, null);
		}
	}

}
