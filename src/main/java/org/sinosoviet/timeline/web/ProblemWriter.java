package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem document straight to the response, for the filters and security handlers that answer
 * before Spring MVC does.
 */
@Component
public class ProblemWriter {

	private final JsonMapper json;

	public ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

}
