package fr.paris.teleservices.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The few HTTP endpoints that are not pages: callbacks from Twilio, document downloads. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
