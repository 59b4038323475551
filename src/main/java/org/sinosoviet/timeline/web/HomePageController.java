package org.sinosoviet.timeline.web;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the timeline viewer at {@code /}. Its own query ({@code ?era=khrushchev&event=...}) is the
 * page's state, read by its script, so this handler takes any parameters.
 */
@Controller
@Hidden
class HomePageController {

	private static final Resource PAGE = new ClassPathResource("static/index.html");

	@GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<Resource> page() {
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(PAGE);
	}

}
