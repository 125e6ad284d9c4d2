"""Articles as other generators' writers write them (our own text, their shapes)."""

JEKYLL = """\
---
layout: post
title: "Pricing in three currencies"
date: 2026-02-10 09:30:00 +0100
categories: [Money, Freelance]
tags: [pricing, money]
excerpt: "How I quote clients in rupees, euros and dollars without losing sleep."
last_modified_at: 2026-02-12
---

Quote in the client's currency, and say so in the first line of the estimate.

## 1. Pick one rate card

Everything else follows from it.
"""

HUGO = """\
---
title: "Late invoices: a polite sequence"
date: 2026-03-01T08:00:00+05:30
lastmod: 2026-03-04T12:00:00+05:30
draft: false
tags: ["invoices", "clients"]
categories: ["Money"]
description: "Three short emails that get an invoice paid without losing the client."
slug: "late-invoices"
menu:
  main:
    weight: 20
---

The first email goes out the day after the due date, not a week later.
"""

ELEVENTY = """\
---
title: Notes from a week of slow mornings
date: 2026-01-20
tags:
  - routines
  - focus
layout: layouts/post.njk
permalink: /notes-from-slow-mornings/
eleventyNavigation:
  key: Slow mornings
---
Writing before email made the week feel twice as long.
"""

OBSIDIAN = """\
---
title: Interview questions that surface the real brief
date: 2026-02-02
tags:
  - clients
  - interviews
aliases:
  - brief interview
created: 2026-02-01
cssclasses: []
---

Ask who will read the piece before you ask how long it should be.
"""

# Astro's blog starter writes its dates as 'Jul 08 2022': one of the forms
# the kit refuses, with the form to use.
ASTRO = """\
---
title: 'Editing your own drafts'
description: 'A checklist for the second pass.'
pubDate: 'Feb 02 2026'
heroImage: '../../assets/blog-placeholder-3.jpg'
---

Read it aloud once, slowly.
"""
