package fr.paris.teleservices.portal.it;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The portal as built by Maven, deployed once for every Arquillian test of the module (Payara Micro
 * takes 15–30 s to start here). In-container tests ride along in their own package; browser tests
 * run as clients.
 */
@ArquillianSuiteDeployment
public final class PortalDeployment {

  private PortalDeployment() {}

  @Deployment
  public static WebArchive portal() throws URISyntaxException {
    File war = new File(System.getProperty("portal.war", "target/portal.war"));
    // ROOT.war: deployed at "/", exactly as the run command deploys the portal.
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
        .addPackages(true, "fr.paris.teleservices.portal.it.incontainer")
        .addAsLibrary(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()))
        .addAsLibrary(arquillianRunnerAccess());
  }

  /** Opens Arquillian's test runner servlet, which the portal's deny-by-default filter hides. */
  private static JavaArchive arquillianRunnerAccess() {
    return ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
        .addAsManifestResource(
            new StringAsset(
                "<web-fragment xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                    + "<name>arquillian_runner_access</name>"
                    + "<context-param><param-name>fr.paris.teleservices.portal.access.extra-open-prefixes</param-name>"
                    + "<param-value>/ArquillianServletRunner</param-value></context-param>"
                    + "</web-fragment>"),
            "web-fragment.xml");
  }
}
