package org.sinosoviet.timeline.grievance.web;

import java.net.URI;
import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.sinosoviet.timeline.dataset.GrievanceDraft;
import org.sinosoviet.timeline.grievance.GrievanceEditor;
import org.sinosoviet.timeline.curation.web.CuratedWrites;
import org.sinosoviet.timeline.web.RequestBodies;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Curation")
@SecurityRequirement(name = "curator")
class GrievanceWriteController {

	private final GrievanceEditor editor;

	private final GrievanceController reads;

	private final CuratedWrites writes;

	private final CuratedWrites.Resource<GrievanceInput, GrievanceDraft> resource;

	GrievanceWriteController(GrievanceEditor editor, GrievanceController reads, CuratedWrites writes) {
		this.editor = editor;
		this.reads = reads;
		this.writes = writes;
		this.resource = new CuratedWrites.Resource<>(GrievanceInput.class, GrievanceInput::slug, GrievanceInput::from,
				GrievanceInput::toDraft, editor);
	}

	@PostMapping(value = "/grievances", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createGrievance", summary = "Create a grievance", description = "Answers 201 with the grievance and its `Location`.")
	ResponseEntity<GrievanceDetail> create(@RequestBody GrievanceInput input, Principal curator, HttpServletRequest request) {
		String slug = writes.create(resource, input, curator.getName());
		return ResponseEntity.created(URI.create("/grievances/" + slug)).body(reads.show(slug, request));
	}

	@PutMapping(value = "/grievances/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceGrievance", summary = "Replace a grievance", description = "Needs `If-Match` with the grievance's ETag.")
	GrievanceDetail replace(@Parameter(example = "border-dispute") @PathVariable String slug,
			@RequestBody GrievanceInput input, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			Principal curator, HttpServletRequest request) {
		writes.replace(resource, slug, input, ifMatch, curator.getName());
		return reads.show(slug, request);
	}

	@PatchMapping(value = "/grievances/{slug}", consumes = RequestBodies.MERGE_PATCH)
	@Operation(operationId = "patchGrievance", summary = "Change part of a grievance", description = "A JSON Merge Patch; needs `If-Match`.")
	GrievanceDetail patch(@Parameter(example = "border-dispute") @PathVariable String slug, @RequestBody JsonNode patch,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal curator,
			HttpServletRequest request) {
		writes.patch(resource, slug, patch, ifMatch, curator.getName());
		return reads.show(slug, request);
	}

	@DeleteMapping("/grievances/{slug}")
	@Operation(operationId = "deleteGrievance", summary = "Delete a grievance", description = "Needs `If-Match`; 409 while events give evidence "
			+ "of it.")
	ResponseEntity<Void> delete(@Parameter(example = "border-dispute") @PathVariable String slug,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal curator) {
		writes.delete(resource, slug, ifMatch, curator.getName());
		return ResponseEntity.noContent().build();
	}

}
