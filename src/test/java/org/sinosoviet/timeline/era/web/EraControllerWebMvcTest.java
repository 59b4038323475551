package org.sinosoviet.timeline.era.web;

import org.junit.jupiter.api.Test;

import org.sinosoviet.timeline.analysis.CausesOfSplit;
import org.sinosoviet.timeline.dataset.EraRepository;
import org.sinosoviet.timeline.event.EventRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The eras' read edge in the MVC slice, with the repositories mocked: the interceptors and the problem
 * documents the web configuration adds, without a server, a database or security (which
 * protection.ApiSecurity configures for the whole application and the full-context tests cover).
 */
@WebMvcTest(controllers = EraController.class, properties = { "logging.level.root=warn",
		"spring.main.banner-mode=off", "spring.security.user.password=unused-in-this-slice" })
@AutoConfigureMockMvc(addFilters = false)
class EraControllerWebMvcTest {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private EraRepository eras;

	@MockitoBean
	private EventRepository events;

	@MockitoBean
	private CausesOfSplit causes;

	@Test
	void anUnknownQueryParameterIsA400ProblemNamingIt() throws Exception {
		mvc.perform(get("/eras").param("eras", "stalin"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.invalidParams[0].name").value("eras"))
			.andExpect(jsonPath("$.invalidParams[0].reason").value("is not a parameter of this resource"))
			.andExpect(jsonPath("$.invalidParams[0].accepted", contains("format")));
	}

	@Test
	void anUnknownQueryParameterIsRefusedBeforeAnyQuery() throws Exception {
		mvc.perform(get("/eras/khrushchev").param("sort", "date")).andExpect(status().isBadRequest());

		verifyNoInteractions(eras, events, causes);
	}

	@Test
	void aParameterStartingWithAnUnderscoreIsLeftAloneForCacheBusters() throws Exception {
		mvc.perform(get("/eras").param("_", "1712345678")).andExpect(status().isOk());
	}

	@Test
	void aReadMayBeCachedButMustBeRevalidated() throws Exception {
		mvc.perform(get("/eras"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$").isEmpty())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, no-cache"));
	}

	@Test
	void anUnknownSlugIsA404Problem() throws Exception {
		mvc.perform(get("/eras/no-such-era"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("There is no era 'no-such-era'."));

		verify(eras).findBySlug("no-such-era");
	}

}
