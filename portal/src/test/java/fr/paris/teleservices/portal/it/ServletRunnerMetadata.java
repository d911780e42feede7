package fr.paris.teleservices.portal.it;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The Payara Micro connector learns the deployed servlets by reading Payara's console, polling it
 * every 200 ms; on a busy machine it sometimes reads the instance description half-written and
 * misses Arquillian's test runner, and every in-container test then fails with
 * "ArquillianServletRunnerEE9 not found". The runner is always in the deployment (PortalDeployment
 * is a WAR deployed at "/"), so it is added to the metadata when the connector missed it.
 */
public final class ServletRunnerMetadata implements LoadableExtension {

  static final String RUNNER = "ArquillianServletRunnerEE9";

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Completion.class);
  }

  /** Observes each deployment. */
  public static final class Completion {

    @Inject private Instance<ProtocolMetaData> metaData;

    public void addMissingRunner(@Observes AfterDeploy deployed) {
      ProtocolMetaData data = metaData.get();
      if (data == null) {
        return;
      }
      for (HTTPContext context : data.getContexts(HTTPContext.class)) {
        if (context.getServlets().stream().noneMatch(s -> RUNNER.equals(s.getName()))) {
          context.add(new Servlet(RUNNER, "/"));
        }
      }
    }
  }
}
