<?xml version="1.0" encoding="utf-8"?>
<!-- A feed opened in a browser reads as a page: what a feed is, how to subscribe,
     the latest posts. Every Atom and RSS feed of the site names this stylesheet
     (plugins/feeds); feed readers ignore it. XSLT 1.0, the version browsers run.
     The page uses the site's stylesheet, found from the feed's own links: its
     address relative to the site's (feeds/category/x.atom.xml is two folders
     down), so it works on any host and port and under a project site's path.
     No Content-Security-Policy meta: the page has no script and no inline style,
     puts the feed's text in as text, and a policy would break the controls of the
     banner Chromium adds to pages made by XSLT (inline handlers and styles). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>

  <xsl:variable name="atom" select="/atom:feed"/>
  <xsl:variable name="rss" select="/rss/channel"/>
  <xsl:variable name="title" select="normalize-space($atom/atom:title | $rss/title)"/>
  <xsl:variable name="about" select="normalize-space($atom/atom:subtitle | $rss/description)"/>
  <xsl:variable name="site" select="normalize-space($atom/atom:link[@rel = 'alternate']/@href | $rss/link)"/>
  <xsl:variable name="address" select="normalize-space($atom/atom:link[@rel = 'self']/@href | $rss/atom:link[@rel = 'self']/@href)"/>
  <xsl:variable name="language">
    <xsl:choose>
      <xsl:when test="$atom/@xml:lang"><xsl:value-of select="$atom/@xml:lang"/></xsl:when>
      <xsl:when test="$rss/language"><xsl:value-of select="$rss/language"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- The site's root as seen from the feed: "../" once per folder below it. -->
  <xsl:variable name="root">
    <xsl:choose>
      <xsl:when test="$site != '' and starts-with($address, $site)">
        <xsl:call-template name="up">
          <xsl:with-param name="path" select="substring-after($address, $site)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$site"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template name="up">
    <xsl:param name="path"/>
    <xsl:if test="contains($path, '/')">
      <xsl:text>../</xsl:text>
      <xsl:call-template name="up">
        <xsl:with-param name="path" select="substring-after($path, '/')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="/">
    <html lang="{$language}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="color-scheme" content="light dark"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="$title"/> · web feed</title>
        <link rel="stylesheet" href="{$root}theme/css/site.css"/>
      </head>
      <body>
        <header class="site-header">
          <div class="site-header__inner">
            <p class="site-title"><a href="{$site}"><xsl:value-of select="$title"/></a></p>
          </div>
        </header>
        <main id="main" class="wrap" data-feed-page="">
          <header class="intro">
            <h1><xsl:value-of select="$title"/>: web feed</h1>
            <xsl:if test="$about != ''">
              <p><xsl:value-of select="$about"/></p>
            </xsl:if>
          </header>
          <section aria-labelledby="feed-how">
            <h2 id="feed-how">Follow new posts in a feed reader</h2>
            <p>This page is a web feed: the address a feed reader checks for new posts.
              A feed reader is an app or website that collects the posts of the sites you
              follow in one place, newest first, with no account on this site and no
              e-mail address. Many are free.</p>
            <ol>
              <li>Copy this page's address: <code><xsl:value-of select="$address"/></code></li>
              <li>Paste it into your feed reader where it asks for a feed or a site to follow.</li>
            </ol>
          </section>
          <section aria-labelledby="feed-posts">
            <h2 id="feed-posts">Latest posts</h2>
            <ul class="archive-list">
              <xsl:apply-templates select="$atom/atom:entry | $rss/item"/>
            </ul>
            <p><a class="button button--secondary" href="{$site}">Visit the site</a></p>
          </section>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <xsl:variable name="date" select="(atom:published | atom:updated)[1]"/>
    <li>
      <!-- "2026-10-05T08:15:00+03:00" shown as RSS dates are: "05 Oct 2026". -->
      <time datetime="{$date}">
        <xsl:value-of select="concat(substring($date, 9, 2), ' ',
          substring('JanFebMarAprMayJunJulAugSepOctNovDec', 3 * substring($date, 6, 2) - 2, 3),
          ' ', substring($date, 1, 4))"/>
      </time>
      <xsl:text> </xsl:text>
      <a href="{atom:link[@rel = 'alternate']/@href}"><xsl:value-of select="atom:title"/></a>
    </li>
  </xsl:template>

  <xsl:template match="item">
    <li>
      <!-- RSS dates ("Mon, 05 Oct 2026 08:15:00 +0300") are no HTML datetime: plain text. -->
      <xsl:value-of select="substring(pubDate, 6, 11)"/>
      <xsl:text> </xsl:text>
      <a href="{link}"><xsl:value-of select="title"/></a>
    </li>
  </xsl:template>
</xsl:stylesheet>
