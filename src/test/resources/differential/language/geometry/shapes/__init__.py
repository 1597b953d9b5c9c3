print("shapes init", __name__)
