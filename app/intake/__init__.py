"""Vehicle intake (接车), repair orders (工单) and the service board: the advisor's use cases.

API overview in this docstring is completed with the services; see service.IntakeServices.
"""
